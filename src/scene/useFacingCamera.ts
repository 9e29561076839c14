/**
 * Hides markers on the far side of the body: each frame, a marker whose skin normal points away
 * from the camera is hidden (its 3D group and its DOM label alike).
 */
import { useFrame } from '@react-three/fiber';
import { useRef } from 'react';
import { Vector3, type Object3D } from 'three';

/** A marker: where it sits and which way its skin faces. */
export interface FacingMarker {
  position: Vector3;
  normal: Vector3;
}

/** Returns ref setters for each marker's object and label. */
export function useFacingCamera(markers: readonly FacingMarker[]) {
  const objects = useRef<(Object3D | null)[]>([]);
  const labels = useRef<(HTMLElement | null)[]>([]);
  const toCamera = useRef(new Vector3());
  useFrame(({ camera }) => {
    markers.forEach((marker, i) => {
      const visible = toCamera.current.copy(camera.position).sub(marker.position).dot(marker.normal) > 0;
      const object = objects.current[i];
      if (object) object.visible = visible;
      const label = labels.current[i];
      if (label) label.style.display = visible ? '' : 'none';
    });
  });
  return {
    objectRef: (i: number) => (o: Object3D | null) => void (objects.current[i] = o),
    labelRef: (i: number) => (el: HTMLElement | null) => void (labels.current[i] = el),
  };
}

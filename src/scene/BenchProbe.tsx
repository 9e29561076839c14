/**
 * Measurement hooks for the benchmark and the tests (registered on the in-page test API): how many
 * frames have been rendered, so idle can be checked to render nothing.
 */
import { useFrame } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { registerTestHook } from '../testApi';

/** Registers the probes; renders nothing. */
export function BenchProbe() {
  const frames = useRef(0);
  useFrame(() => {
    frames.current++;
  });
  useEffect(() => registerTestHook('frames', () => frames.current), []);
  return null;
}

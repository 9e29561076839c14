/**
 * Choosing the body: a man or a woman, the build, the skin tone. A choice applies at once (the
 * body loads if it has not yet) and goes into the link; it is kept on this device only when the
 * user asks for that.
 */
import { useEffect, useRef, useState } from 'react';
import { BODY_IDS, BODY_NAMES, BUILD_IDS, BUILD_NAMES } from '../atlas/bodies';
import { SKIN_TONES, type SkinToneId } from '../atlas/skinTones';
import { useAtlasStore } from '../hooks/useAtlasStore';
import { forgetBodyChoice, rememberBodyChoice, rememberedBody } from '../state/bodyChoice';
import { atlasStore } from '../state/store';

const TONES = Object.keys(SKIN_TONES) as SkinToneId[];

export default function BodyPicker({ onClose }: { onClose: () => void }) {
  const choice = useAtlasStore((s) => s.bodyChoice);
  const tone = useAtlasStore((s) => s.skinTone);
  const drawn = useAtlasStore((s) => s.drawnBody);
  const [remembered, setRemembered] = useState(() => rememberedBody() !== null);
  const panel = useRef<HTMLDivElement>(null);
  const store = atlasStore.getState();
  const loading = drawn !== null && (drawn.body !== choice.body || drawn.build !== choice.build);
  useEffect(() => {
    panel.current?.querySelector<HTMLButtonElement>('button[aria-pressed="true"]')?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <div className="body-picker" id="body-picker-panel" ref={panel} role="dialog" aria-label="Choose the body">
      <fieldset>
        <legend>Body</legend>
        {BODY_IDS.map((body) => (
          <button key={body} type="button" data-testid="body-option" data-body={body} aria-pressed={choice.body === body}
            onClick={() => store.setBodyChoice({ ...atlasStore.getState().bodyChoice, body })}>
            {BODY_NAMES[body]}
          </button>
        ))}
      </fieldset>
      <fieldset>
        <legend>Build</legend>
        {BUILD_IDS.map((build) => (
          <button key={build} type="button" data-testid="build-option" data-build={build} aria-pressed={choice.build === build}
            onClick={() => store.setBodyChoice({ ...atlasStore.getState().bodyChoice, build })}>
            {BUILD_NAMES[build]}
          </button>
        ))}
      </fieldset>
      <fieldset className="tones">
        <legend>Skin tone</legend>
        {TONES.map((id) => (
          <button key={id} type="button" data-testid="tone-option" data-tone={id} aria-pressed={tone === id}
            aria-label={SKIN_TONES[id].name} title={SKIN_TONES[id].name} onClick={() => store.setSkinTone(id)}>
            <span className="tone-swatch" style={{ background: SKIN_TONES[id].colour }} aria-hidden="true" />
          </button>
        ))}
      </fieldset>
      <p className="body-status" aria-live="polite">
        {loading ? 'Loading that body…' : 'Landmarks, trigger points and zones sit on the same skin on every body.'}
      </p>
      <div className="body-actions">
        {remembered ? (
          <button type="button" data-testid="body-forget" onClick={() => { forgetBodyChoice(); setRemembered(false); }}>
            Forget on this device
          </button>
        ) : (
          <button type="button" data-testid="body-remember" onClick={() => { rememberBodyChoice({ ...choice, tone }); setRemembered(true); }}>
            Remember on this device
          </button>
        )}
        <button type="button" onClick={onClose}>Close</button>
      </div>
    </div>
  );
}

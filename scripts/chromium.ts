/** How every browser test and script here launches Debian's Chromium (no downloaded browsers). */

/** Path of the system Chromium; CHROMIUM_PATH overrides. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags: WebGL on the CPU through SwiftShader, and no background traffic to closed networks. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
  '--ignore-gpu-blocklist',
];

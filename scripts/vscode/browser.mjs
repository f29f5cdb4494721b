// Debian's chromium, driven by playwright-core (which downloads no browser of its own).
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Workbench errors that only say "we are offline" (gallery, github auth, optional assets)
// or that plain server-main serves no service worker.
export const KNOWN_NOISE = /ENOTFOUND|ERR_NAME_NOT_RESOLVED|Failed to load resource|authentication provider|AccountPolicyGate|vsda|Service Worker/;

export async function launch(viewport = { width: 1280, height: 800 }) {
  const profile = mkdtempSync(join(tmpdir(), 'sourcecheck-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-dev-shm-usage'],
  });
  const page = context.pages()[0] ?? await context.newPage();
  return {
    page,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

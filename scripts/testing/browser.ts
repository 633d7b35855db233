import { chromium, type Browser } from 'playwright-core';

/** Flags that keep Chromium from reaching out to a network this machine does not have. */
const QUIET_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/** Debian's Chromium, driven by playwright-core (scripts/test.sh installs it when missing). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: QUIET_FLAGS,
  });
}

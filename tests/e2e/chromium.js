// How every script here launches Debian's Chromium (Playwright cannot download its own on
// this network). Without the networking flags Chromium keeps calling Google's hosts, which
// the closed network refuses.
export const chromiumLaunchOptions = Object.freeze({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
});

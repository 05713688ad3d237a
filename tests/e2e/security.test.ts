/**
 * The browser surface under its own Content-Security-Policy: every page (home, join,
 * participant, console, projector, report) works without a single CSP violation, and a page of
 * another origin cannot frame the projector (frame-ancestors 'none' + X-Frame-Options: DENY).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createSession, e2eWorld, joinAs, watchErrors } from './helpers';

const world = e2eWorld();

/** Collects CSP violations two ways: the DOM event and Chromium's console report. */
async function watchCsp(page: Page, violations: string[]): Promise<void> {
  await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = Reflect.get(window, 'reportCspViolation');
      if (typeof report === 'function')
        report(
          `${event.violatedDirective} blocked ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`,
        );
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
}

/** A page on another origin (127.0.0.2) that frames `target` and says when the frame loaded. */
async function attackerSite(target: string): Promise<{ url: string; close: () => Promise<void> }> {
  const html = `<!doctype html><html><body>
<iframe id="victim" src="${target}" width="800" height="600" onload="document.body.dataset.loaded='yes'"></iframe>
</body></html>`;
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.2', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.2:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describe('browser surface', () => {
  it(
    'serves every page with a strict CSP and no violation while the workshop runs',
    { timeout: 120_000 },
    async () => {
      const { server, browser } = world();
      const session = await createSession(server, { includeExamples: true });
      const errors: string[] = [];
      const violations: string[] = [];

      const home = await browser.newPage();
      await watchCsp(home, violations);
      watchErrors(home, errors);
      const homeResponse = await home.goto(`${server.url}/`);
      const headers = homeResponse?.headers() ?? {};
      expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(headers['content-security-policy']).toContain("script-src 'self'");
      expect(headers['content-security-policy']).not.toContain("script-src 'self' 'unsafe-inline'");
      expect(headers['x-frame-options']).toBe('DENY');
      expect(headers['referrer-policy']).toBe('no-referrer');
      expect(headers['x-content-type-options']).toBe('nosniff');
      await home.getByRole('heading', { name: 'Collectief', level: 1 }).waitFor();

      const presenterContext = await browser.newContext({
        viewport: { width: 1920, height: 1080 },
      });
      const presenter = await presenterContext.newPage();
      await watchCsp(presenter, violations);
      watchErrors(presenter, errors);
      await presenter.goto(session.consoleUrl);
      await presenter.getByRole('toolbar', { name: 'Bediening facilitator' }).waitFor();
      const projector = await presenterContext.newPage();
      await watchCsp(projector, violations);
      watchErrors(projector, errors);
      await projector.goto(session.presentUrl);
      await projector.locator('.projector__item-header h1').waitFor();
      // The key moved from the fragment into storage; no URL of this page carries it.
      expect(presenter.url()).not.toContain(session.facilitatorKey);

      const { page: participant } = await joinAs(browser, session, 'Anna', 'Inwoner', errors);
      // joinAs opened the page before we could watch it: reload under the watcher.
      await watchCsp(participant, violations);
      await participant.reload();
      await participant
        .getByRole('status', { name: 'Verbindingsstatus' })
        .getByText('Verbonden')
        .waitFor();

      await presenter.getByRole('link', { name: 'Verslag' }).click();
      await presenter.getByRole('heading', { name: 'E2E-workshop' }).waitFor();

      expect(violations).toEqual([]);
      expect(errors).toEqual([]);
      // Control: the watcher does see a violation (an injected inline script is refused).
      await home.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'document.body.dataset.injected = "ran"';
        document.body.append(script);
      });
      await expect.poll(() => violations.length).toBeGreaterThan(0);
      expect(await home.evaluate(() => document.body.dataset.injected)).toBeUndefined();
      await presenterContext.close();
      await home.close();
    },
  );

  it('cannot be framed by a page of another origin', { timeout: 60_000 }, async () => {
    const { server, browser } = world();
    const session = await createSession(server);
    // The facilitator's browser already holds the key (as in the report of the attack).
    const context = await browser.newContext();
    const own = await context.newPage();
    await own.goto(session.consoleUrl);
    await own.getByRole('toolbar', { name: 'Bediening facilitator' }).waitFor();

    const attacker = await attackerSite(`${server.url}/present/${session.code}`);
    try {
      const page = await context.newPage();
      await page.goto(attacker.url);
      await page.waitForFunction(() => document.body.dataset.loaded === 'yes');
      const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
      expect(frame).toBeDefined();
      // Chromium replaces a refused frame with its error page: no app, no toolbar to click.
      expect(frame?.url()).not.toContain('/present/');
      expect(await page.frameLocator('#victim').getByRole('toolbar').count()).toBe(0);
    } finally {
      await attacker.close();
      await context.close();
    }
  });
});

import type { Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { ok, setupAndLogin, STRONG_PASSWORD } from '../helpers/temp-core';
import { expect, test } from './fixtures';

async function login(page: Page, username: string, password: string) {
  await expect(page.getByRole('heading', { name: 'Masuk' })).toBeVisible();
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
}

test('an emptied database shows the failure page with the newest valid backup, the steps and a one-click restore', async ({ app, page }) => {
  const { core } = app;
  await setupAndLogin(core, 'admin');
  let job = await ok(core, 'admin', 'backups.create');
  while (!job.done) {
    await new Promise((r) => setTimeout(r, 50));
    job = await ok(core, 'admin', 'backups.progress', { jobId: job.jobId });
  }
  await expect.poll(() => fs.readdirSync(core.backupsDir).some((f) => f.endsWith('.partial'))).toBe(false);
  const newest = core.backups.list()[0]!.fileName;
  // what a power cut can leave behind
  core.close();
  fs.writeFileSync(core.databaseFile, '');
  core.open();

  await app.open(page);
  const failed = page.getByTestId('database-failed');
  await expect(failed).toBeVisible();
  await expect(failed.getByText(/kosong \(0 bita\)/)).toBeVisible();
  await expect(page.getByTestId('backup-to-restore')).toHaveText(path.join(core.backupsDir, newest));
  await expect(failed.getByText('sipanti.db-wal dan sipanti.db-shm', { exact: false })).toBeVisible();
  const restore = page.getByTestId('one-click-restore');
  await restore.getByLabel('Nama pengguna').fill('admin');
  await restore.getByLabel('Kata sandi').fill('bukan-sandinya-1');
  await restore.getByRole('button', { name: 'Pulihkan cadangan ini' }).click();
  await expect(restore.getByRole('alert')).toContainText('salah');
  await restore.getByLabel('Kata sandi').fill(STRONG_PASSWORD);
  await restore.getByRole('button', { name: 'Pulihkan cadangan ini' }).click();
  await login(page, 'admin', STRONG_PASSWORD);

  // the audit chain survived the restore
  await page.goto(`${app.server.url}/#/audit`);
  await page.getByTestId('audit-verify').click();
  await expect(page.getByTestId('audit-verify-result')).toContainText('Rantai audit utuh');
});

import { test, expect, type Browser, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** The bundled languages, as the browser asks for them, and the register page's heading in each. */
const LOCALES: [string, string][] = [
  ['en', 'Register for an account'],
  ['de', 'Konto erstellen'],
  ['fr', 'Créer un compte'],
  ['es', 'Crear una cuenta'],
  ['pt-BR', 'Criar uma conta'],
  ['ja', 'アカウントを作成'],
  ['ar', 'إنشاء حساب جديد'],
];

async function openIn(browser: Browser, locale: string, width = 1024): Promise<Page> {
  const context = await browser.newContext({ locale, viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto('/accounts/register/');
  await expect(page.locator('main[data-hydrated="true"]')).toBeVisible();
  return page;
}

test('the browser checks speak the page language', async ({ browser }) => {
  const page = await openIn(browser, 'de-DE');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await page.focus('#id_username');
  await page.focus('#id_email');
  await expect(page.locator('#id_username_errors')).toHaveText('Dieses Feld ist zwingend erforderlich.');
  await page.fill('#id_email', 'jana@gmial.com');
  await page.focus('#id_password1');
  await expect(page.locator('#id_email_errors')).toHaveText('Meinten Sie jana@gmail.com?');
  await expect(page.getByLabel('jana@gmail.com verwenden')).toBeVisible();
  await page.fill('#id_password1', '1234');
  await page.fill('#id_password2', '1234');
  await page.focus('#id_username');
  // As Django's form: the password validators speak under the confirmation.
  await expect(page.locator('#id_password2_errors')).toContainText('Dieses Passwort ist zu kurz. Es muss mindestens 8 Zeichen enthalten.');
  await expect(page.locator('#id_password2_errors')).toContainText('Dieses Passwort ist komplett numerisch.');
  await expect(page.locator('[data-rule="numeric"]')).toHaveText('Das Passwort darf nicht komplett aus Ziffern bestehen.');
  await page.context().close();
});

test('the Arabic register page is right-to-left, mirrored and accessible', async ({ browser }) => {
  const page = await openIn(browser, 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('h1')).toHaveText('إنشاء حساب جديد');
  // Mirrored: the heading's text starts at the right edge of the page column.
  const gaps = await page.evaluate(() => {
    const heading = document.querySelector('h1')!;
    const range = document.createRange();
    range.selectNodeContents(heading);
    const text = range.getBoundingClientRect();
    const column = document.querySelector('main')!.getBoundingClientRect();
    return { right: column.right - text.right, left: text.left - column.left };
  });
  expect(gaps.right).toBeLessThan(gaps.left);
  await page.click('button[type=submit]');
  await expect(page.locator('#id_username_errors')).toHaveText('هذا الحقل مطلوب.');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await page.context().close();
});

test('every language fits a 375 px screen (a screenshot each)', async ({ browser }, testInfo) => {
  for (const [locale, heading] of LOCALES) {
    const page = await openIn(browser, locale, 375);
    await expect(page.locator('h1')).toHaveText(heading);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${locale}: no sideways scrolling`).toBeLessThanOrEqual(0);
    const shot = await page.screenshot({ fullPage: true, path: testInfo.outputPath(`register-${locale}.png`) });
    await testInfo.attach(`register-${locale}`, { body: shot, contentType: 'image/png' });
    await page.context().close();
  }
});

test('the language picker switches the page and remembers the choice', async ({ browser }) => {
  const page = await openIn(browser, 'en-US');
  await page.getByRole('navigation', { name: 'Language' }).getByRole('button', { name: 'Français' }).click();
  await expect(page.locator('h1')).toHaveText('Créer un compte');
  await expect(page).toHaveURL(/\/accounts\/register\/$/);
  await page.goto('/accounts/login/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await page.context().close();
});

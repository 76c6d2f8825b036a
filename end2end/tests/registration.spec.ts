import { test, expect } from '@playwright/test';
import { activateFromMail } from './activation-page';
import { activationLink, uniqueName } from './mailbox';
import { RegisterPage } from './register-page';

const PASSWORD = 'Correct-Horse-42';

test.describe('with JavaScript', () => {
  test('register, read the mail, activate', async ({ page }) => {
    const username = uniqueName('js');
    const email = `${username}@example.com`;
    const form = new RegisterPage(page);
    await form.open({ hydrated: true });
    const submissions: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST') submissions.push(new URL(request.url()).pathname);
    });
    await form.fill({ username, email, password1: PASSWORD });
    await form.submit();
    await expect(page).toHaveURL(/\/accounts\/register\/complete\/$/);
    await expect(page.locator('strong.address')).toHaveText(email);
    // Submitted through the server function, not as a page-loading form POST.
    expect(submissions).toEqual(['/api/register']);

    await activateFromMail(page, email, username, { hydrated: true });
    // The button, too, went through its server function.
    expect(submissions).toEqual(['/api/register', '/api/activate']);
  });

  test('validation errors appear without a reload', async ({ page }) => {
    const form = new RegisterPage(page);
    await form.open({ hydrated: true });
    await page.evaluate(() => ((window as any).__sameDocument = true));
    await page.fill('#id_password1', PASSWORD);
    await page.fill('#id_password2', PASSWORD + 'x');
    await page.locator('#id_password2').blur();
    await expect(form.errorsOf('password2')).toHaveText('The two password fields didn’t match.');
    await page.fill('#id_email', 'not-an-email');
    await page.locator('#id_email').blur();
    await expect(form.errorsOf('email')).toHaveText('Enter a valid email address.');
    await expect(page.locator('#id_email')).toHaveAttribute('aria-invalid', 'true');
    expect(await page.evaluate(() => (window as any).__sameDocument)).toBe(true);
  });

  test('the password rules are ticked as they are met', async ({ page }) => {
    const form = new RegisterPage(page);
    await form.open({ hydrated: true });
    const rule = (name: string) => page.locator(`#id_password1_helptext li[data-rule="${name}"]`);
    await expect(rule('length')).toHaveAttribute('data-met', 'unknown');
    await page.fill('#id_username', 'rosalind');
    await page.fill('#id_password1', '1234');
    await expect(rule('length')).toHaveAttribute('data-met', 'no');
    await expect(rule('numeric')).toHaveAttribute('data-met', 'no');
    await page.fill('#id_password1', 'rosalind1');
    await expect(rule('length')).toHaveAttribute('data-met', 'yes');
    await expect(rule('numeric')).toHaveAttribute('data-met', 'yes');
    await expect(rule('similarity')).toHaveAttribute('data-met', 'no');
    await page.fill('#id_password1', PASSWORD);
    await expect(rule('similarity')).toHaveAttribute('data-met', 'yes');
    await expect(rule('common')).toHaveAttribute('data-met', 'unknown');
  });

  test('a near miss of a mail provider is offered a correction that one click applies', async ({ page }) => {
    const username = uniqueName('typo');
    const form = new RegisterPage(page);
    await form.open({ hydrated: true });
    await page.fill('#id_email', `${username}@gmial.com`);
    await page.locator('#id_email').blur();
    await expect(form.errorsOf('email')).toHaveText(`Did you mean ${username}@gmail.com?`);
    await page.getByLabel(`Use ${username}@gmail.com`).click();
    await expect(page.locator('#id_email')).toHaveValue(`${username}@gmail.com`);
    await expect(form.errorsOf('email')).toBeHidden();
    await form.fill({ username, email: `${username}@gmail.com`, password1: PASSWORD });
    await form.submit();
    await expect(page).toHaveURL(/\/accounts\/register\/complete\/$/);
    await expect(page.locator('strong.address')).toHaveText(`${username}@gmail.com`);
  });

  test('a near miss whose correction was shown is sent as typed', async ({ page }) => {
    const username = uniqueName('kept');
    const form = new RegisterPage(page);
    await form.open({ hydrated: true });
    // Typed straight into the email field and sent with Enter: the submit shows the offer…
    await page.fill('#id_username', username);
    await page.fill('#id_password1', PASSWORD);
    await page.fill('#id_password2', PASSWORD);
    await page.fill('#id_email', `${username}@gmial.com`);
    await page.press('#id_email', 'Enter');
    await expect(form.errorsOf('email')).toHaveText(`Did you mean ${username}@gmail.com?`);
    await expect(page).toHaveURL(/\/accounts\/register\/$/);
    // …and sending it again unchanged keeps the address as typed.
    await form.submit();
    await expect(page).toHaveURL(/\/accounts\/register\/complete\/$/);
    await expect(page.locator('strong.address')).toHaveText(`${username}@gmial.com`);
  });

  test('a taken username comes back from the server without a reload', async ({ page }) => {
    const username = uniqueName('taken');
    const form = new RegisterPage(page);
    await form.open({ hydrated: true });
    await form.fill({ username, email: `${username}@example.com`, password1: PASSWORD });
    await form.submit();
    await expect(page).toHaveURL(/\/accounts\/register\/complete\/$/);

    await form.open({ hydrated: true });
    await page.evaluate(() => ((window as any).__sameDocument = true));
    await form.fill({ username: username.toUpperCase(), email: `other-${username}@example.com`, password1: PASSWORD });
    await form.submit();
    await expect(form.errorsOf('username')).toHaveText('A user with that username already exists.');
    await expect(page).toHaveURL(/\/accounts\/register\/$/);
    expect(await page.evaluate(() => (window as any).__sameDocument)).toBe(true);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('register, read the mail, activate', async ({ page }) => {
    const username = uniqueName('nojs');
    const email = `${username}@example.com`;
    const form = new RegisterPage(page);
    await form.open({ hydrated: false });
    await form.fill({ username, email, password1: PASSWORD });
    await form.submit();
    await expect(page).toHaveURL(/\/accounts\/register\/complete\/$/);
    await expect(page.locator('strong.address')).toHaveText(email);
    const link = await activationLink(email);
    await page.goto(link);
    await expect(page.locator('.activation-account .username')).toHaveText(username);
    await page.goto(link); // Following the link again (a mail scanner, say) activates nothing either.
    await activateFromMail(page, email, username, { hydrated: false });
    await page.goto(link);
    await expect(page.locator('.activation-failure')).toHaveAttribute('data-reason', 'already-activated');
  });

  test('a near miss comes back once with its correction, which a tick applies', async ({ page }) => {
    const username = uniqueName('nojstypo');
    const form = new RegisterPage(page);
    await form.open({ hydrated: false });
    await form.fill({ username, email: `${username}@hotmial.com`, password1: PASSWORD });
    await form.submit();
    await expect(form.errorsOf('email')).toHaveText(`Did you mean ${username}@hotmail.com?`);
    await page.getByLabel(`Use ${username}@hotmail.com`).check();
    await page.fill('#id_password1', PASSWORD);
    await page.fill('#id_password2', PASSWORD);
    await form.submit();
    await expect(page).toHaveURL(/\/accounts\/register\/complete\/$/);
    await expect(page.locator('strong.address')).toHaveText(`${username}@hotmail.com`);
  });

  test('errors re-render the form with the typed values but not the passwords', async ({ page }) => {
    const form = new RegisterPage(page);
    await form.open({ hydrated: false });
    await form.fill({ username: 'has space', email: 'nobody@example.com', password1: PASSWORD, password2: 'different-1' });
    await form.submit();
    await expect(form.errorsOf('username')).toContainText('Enter a valid username.');
    await expect(form.errorsOf('password2')).toHaveText('The two password fields didn’t match.');
    await expect(page.locator('#id_username')).toHaveValue('has space');
    await expect(page.locator('#id_email')).toHaveValue('nobody@example.com');
    await expect(page.locator('#id_password1')).toHaveValue('');
  });
});

test('pages hydrate under the Content-Security-Policy without violations', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') violations.push(message.text());
  });
  for (const path of ['/', '/accounts/register/', '/accounts/login/', '/accounts/activate/resend/']) {
    await page.goto(path);
    await expect(page.locator('main[data-hydrated="true"]')).toBeVisible();
  }
  expect(violations).toEqual([]);
});

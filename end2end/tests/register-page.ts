import { expect, type Page } from '@playwright/test';

/** The registration form, as a visitor sees it. */
export class RegisterPage {
  constructor(private readonly page: Page) {}

  async open(options: { hydrated: boolean }) {
    await this.page.goto('/accounts/register/');
    if (options.hydrated) {
      await expect(this.page.locator('main[data-hydrated="true"]')).toBeVisible();
    }
  }

  async fill(fields: { username: string; email: string; password1: string; password2?: string }) {
    await this.page.fill('#id_username', fields.username);
    await this.page.fill('#id_email', fields.email);
    await this.page.fill('#id_password1', fields.password1);
    await this.page.fill('#id_password2', fields.password2 ?? fields.password1);
  }

  async submit() {
    await this.page.click('button[type=submit]');
  }

  errorsOf(field: string) {
    return this.page.locator(`#id_${field}_errors`);
  }
}

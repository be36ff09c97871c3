import type { Page } from "playwright-core";
import { AppShell } from "./app-shell.ts";

/** `/sign-in`. */
export class SignInPage extends AppShell {
  static async open(page: Page): Promise<SignInPage> {
    await page.goto("/sign-in");
    const view = new SignInPage(page);
    await view.heading.waitFor();
    return view;
  }

  async signIn(email: string, password: string): Promise<void> {
    await this.page.getByLabel(/e-mail/i).fill(email);
    await this.page.getByLabel(/^password$/i).fill(password);
    await this.page.getByRole("button", { name: /sign in/i }).click();
    await this.page.getByTestId("account-menu").waitFor();
  }
}

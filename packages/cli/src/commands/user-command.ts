/**
 * `atlas user …`: accounts from the command line, for whoever runs the machine (the first
 * administrator included). Secrets (one-time tokens, API tokens) go to stdout alone, so scripts
 * can capture them; what they are for goes to stderr.
 */
import { apiScopes, roleNames } from "@circular-atlas/contracts";
import {
  cliActor,
  createApiToken,
  createUser,
  issuePasswordResetToken,
  listUserAccounts,
  revokeApiTokenById,
  updateUserAccount,
} from "@circular-atlas/services";
import { type Command, Option } from "commander";
import { withAtlas } from "../open-for-command.ts";
import { note, writeResult } from "../output.ts";
import { runCommand } from "../run-command.ts";

const countryList = (text: string) =>
  text
    .split(",")
    .map((code) => code.trim().toUpperCase())
    .filter(Boolean);

const roleOption = () =>
  new Option("--role <role>", "the account's role").choices([...roleNames]).makeOptionMandatory();
const countryOption = () =>
  new Option("--country <ISO3,...>", "countries of a focal point or country lead, e.g. KAZ,KGZ").argParser(
    countryList,
  );

function explainPasswordToken(email: string): void {
  note(
    `${email}: one-time token printed on stdout, valid for 24 hours. The user sets a password with it on the ` +
      `atlas's /reset-password page (or POST /api/auth/reset-password).`,
  );
}

export function registerUserCommand(program: Command, setExitCode: (code: number) => void): void {
  const user = program
    .command("user")
    .description("accounts: add, change roles, reset passwords, API tokens");

  user
    .command("add")
    .argument("<email>", "the user's e-mail address (their sign-in name)")
    .addOption(roleOption())
    .addOption(countryOption())
    .option("--name <display name>", "the name shown in histories", "")
    .description("create an account and print a one-time token with which the user sets a password")
    .action(async (email: string, options: { role: string; country?: string[]; name: string }) => {
      setExitCode(
        await runCommand(() =>
          withAtlas({ loadBaseline: true }, async (atlas) => {
            const created = await createUser({
              db: atlas.handle.db,
              actor: cliActor,
              input: {
                email,
                role: options.role,
                countries: options.country ?? [],
                displayName: options.name,
              },
            });
            explainPasswordToken(created.user.email);
            await writeResult(created.passwordToken, undefined);
            return undefined;
          }),
        ),
      );
    });

  user
    .command("role")
    .argument("<email>", "the account to change")
    .addOption(roleOption())
    .addOption(countryOption())
    .description("change an account's role (and countries); its sessions end")
    .action(async (email: string, options: { role: string; country?: string[] }) => {
      setExitCode(
        await runCommand(() =>
          withAtlas({ loadBaseline: true }, async (atlas) => {
            const updated = await updateUserAccount({
              db: atlas.handle.db,
              actor: cliActor,
              email,
              input: {
                role: options.role,
                ...(options.country === undefined ? {} : { countries: options.country }),
              },
            });
            const countries = updated.countries.length === 0 ? "" : ` for ${updated.countries.join(", ")}`;
            note(`${updated.email} is now ${updated.role}${countries}`);
            return undefined;
          }),
        ),
      );
    });

  user
    .command("reset-password")
    .argument("<email>", "the account")
    .description("print a one-time token with which the user sets a new password (no mail server needed)")
    .action(async (email: string) => {
      setExitCode(
        await runCommand(() =>
          withAtlas({ loadBaseline: false }, async (atlas) => {
            const token = await issuePasswordResetToken({ db: atlas.handle.db, actor: cliActor, email });
            explainPasswordToken(email);
            await writeResult(token, undefined);
            return undefined;
          }),
        ),
      );
    });

  user
    .command("token")
    .argument("<email>", "the account the token acts as")
    .addOption(
      new Option("--scope <scope...>", "what the token may do: read, write, review, admin")
        .choices([...apiScopes])
        .makeOptionMandatory(),
    )
    .option("--name <name>", "a label to tell tokens apart", "")
    .description("print a new API token once (send it as `Authorization: Bearer <token>`)")
    .action(async (email: string, options: { scope: string[]; name: string }) => {
      setExitCode(
        await runCommand(() =>
          withAtlas({ loadBaseline: false }, async (atlas) => {
            const created = await createApiToken({
              db: atlas.handle.db,
              actor: cliActor,
              email,
              input: { name: options.name, scopes: options.scope },
            });
            note(
              `token ${created.token.id} for ${email} with scopes ${created.token.scopes.join(", ")}; shown once`,
            );
            await writeResult(created.secret, undefined);
            return undefined;
          }),
        ),
      );
    });

  user
    .command("revoke-token")
    .argument("<id>", "the token's number, as `atlas user list --tokens` or the web page shows it")
    .description("revoke an API token")
    .action(async (id: string) => {
      setExitCode(
        await runCommand(() =>
          withAtlas({ loadBaseline: false }, async (atlas) => {
            await revokeApiTokenById({ db: atlas.handle.db, actor: cliActor, id: Number(id) });
            note(`token ${id} revoked`);
            return undefined;
          }),
        ),
      );
    });

  user
    .command("list")
    .description("list accounts as tab-separated lines: e-mail, role, countries, state")
    .action(async () => {
      setExitCode(
        await runCommand(() =>
          withAtlas({ loadBaseline: false }, async (atlas) => {
            const users = await listUserAccounts({ db: atlas.handle.db, actor: cliActor });
            const lines = users.map((account) =>
              [
                account.email,
                account.role,
                account.countries.join(","),
                account.disabled ? "disabled" : account.hasPassword ? "active" : "no password yet",
              ].join("\t"),
            );
            await writeResult(lines.join("\n"), undefined);
            return undefined;
          }),
        ),
      );
    });
}

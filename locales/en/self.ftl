### Self-service pages (en).

## Log in

# src/ui/pages/login.rs (LoginPage: Input "username" label with LOGIN_FIELD=email; src/domain/account_forms.rs LoginField::label)
login-email-label = Email address
# src/ui/pages/login.rs (LoginPage: Input "username" label with LOGIN_FIELD=either; src/domain/account_forms.rs LoginField::label)
login-either-label = Username or email address
# src/ui/pages/login.rs (LoginPage: Input::checkbox "remember" label)
login-remember-me = Remember me

## Profile

# src/ui/pages/profile.rs (ProfilePage, pending email change: "Waiting for confirmation: " + <strong> + " (follow the link we sent there)"; $address is the <strong>)
profile-pending-email = Waiting for confirmation: { $address } (follow the link we sent there)
# src/ui/pages/profile.rs (ProfilePage: link to /accounts/email/change/)
profile-change-email = Change your email address
# src/ui/pages/profile.rs (ProfilePage: link to /accounts/delete/)
profile-delete-account = Delete your account
# src/ui/pages/profile.rs (LanguageForm: label of the "language" select)
profile-language-label = Language of your emails
# src/ui/pages/profile.rs (LanguageForm: submit button)
profile-language-submit = Save
# src/ui/pages/profile.rs (ProfilePage: <h2 id="sessions-title"> of the sessions list)
profile-sessions-title = Where you're logged in
# src/ui/pages/profile.rs (ProfilePage: button that ends every other session)
profile-sessions-end-others = Sign out everywhere else
# src/ui/pages/profile.rs (SessionItem: <span class="this-device"> after the browser of the session asking)
profile-session-this-device = (this device)
# src/ui/pages/profile.rs (SessionItem: <span class="hint">; $ip is the client address, $time the <time> of the last request, such as "2026-12-01 10:04 UTC")
profile-session-seen = { $ip } · last seen { $time }
# src/ui/pages/profile.rs (SessionItem: button that ends one other session)
profile-session-end = Sign out
# src/ui/pages/profile.rs (SessionItem: aria-label of that button; $browser such as "Firefox on Linux", $ip the client address)
profile-session-end-label = Sign out { $browser } ({ $ip })

## Email change

# src/ui/pages/email_change.rs (EmailChangePage: <Title> and <h1>)
email-change-title = Change your email address
# src/ui/pages/email_change.rs (EmailChangePage: paragraph; $address is the <strong class="address">, the current address)
email-change-intro = Your account uses { $address }. We'll send a link to the new address; your account keeps this one until you follow it.
# src/ui/pages/email_change.rs (EmailChangePage: Input "email" label)
email-change-email-label = New email address
# src/ui/pages/email_change.rs (EmailChangePage: Input "password" label) and src/ui/pages/delete_account.rs (DeleteAccountPage: Input "password" label)
current-password-label = Password
# src/ui/pages/email_change.rs (EmailChangePage: AccountForm submit)
email-change-submit = Send the link
# src/ui/pages/email_change.rs (EmailChangePage: hint link to /accounts/profile/; EmailChangeDonePage: link to /accounts/profile/)
email-change-back = Back to your account
# src/ui/pages/email_change.rs (EmailChangeDonePage: <Title> and <h1>)
email-change-done-title = Check your new address
# src/ui/pages/email_change.rs (EmailChangeDonePage: first paragraph)
email-change-done-text = We've emailed a confirmation link to your new address. Your account keeps its current address until you follow it.
# src/ui/pages/email_change.rs (EmailChangeDonePage: second paragraph)
email-change-done-hint = If it does not arrive, check your spam folder, or ask again: only the latest link works.
# src/ui/pages/email_change.rs (EmailConfirmPage, dead link: DeadLink title, <Title> and <h1>)
email-confirm-invalid-title = Email change unsuccessful
# src/ui/pages/email_change.rs (EmailConfirmPage, dead link: DeadLink paragraph, "what" + " The link was invalid, …")
email-confirm-invalid-text = Your email address was not changed. The link was invalid, possibly because it has already been used, a newer one replaced it, or it has expired.
# src/ui/pages/email_change.rs (EmailConfirmPage: <Title> and <h1>)
email-confirm-title = Confirm your new email address
# src/ui/pages/email_change.rs (EmailConfirmPage: paragraph; $address is the <strong class="address">, the new address)
email-confirm-text = Your account will use { $address } from now on.
# src/ui/pages/email_change.rs (EmailConfirmPage: AccountForm submit)
email-confirm-submit = Use this address
# src/ui/pages/email_change.rs (EmailChangeCompletePage: <Title> and <h1>)
email-change-complete-title = Email address changed
# src/ui/pages/email_change.rs (EmailChangeCompletePage: paragraph; link to /accounts/profile/)
email-change-complete-text = Your account now uses its new address. { $profile_link }
    .profile-link = Your account

## "This wasn't me" (the link in a security notice)

# src/ui/pages/email_change.rs (NotMePage, dead link: DeadLink title, <Title> and <h1>)
not-me-invalid-title = Link unsuccessful
# src/ui/pages/email_change.rs (NotMePage, dead link: DeadLink paragraph, "what" + " The link was invalid, …")
not-me-invalid-text = Nothing was changed. The link was invalid, possibly because it has already been used, a newer one replaced it, or it has expired.
# src/ui/pages/email_change.rs (NotMePage: <Title> and <h1>)
not-me-title = Secure your account
# src/ui/pages/email_change.rs (NotMePage: paragraph before the list; $username is the <strong class="username">)
not-me-intro = If you did not make the change we told you about, secure the account { $username }:
# src/ui/pages/email_change.rs (NotMePage: first list item)
not-me-sessions = every session of the account ends, wherever it is;
# src/ui/pages/email_change.rs (NotMePage: second list item)
not-me-password = its password stops working;
# src/ui/pages/email_change.rs (NotMePage: third list item)
not-me-address = the account returns to the address our notice went to, and a link to choose a new password is sent there.
# src/ui/pages/email_change.rs (NotMePage: AccountForm submit)
not-me-submit = Secure my account
# src/ui/pages/email_change.rs (NotMeDonePage: <Title> and <h1>)
not-me-done-title = Account secured
# src/ui/pages/email_change.rs (NotMeDonePage: paragraph)
not-me-done-text = Every session of the account has ended and its password no longer works. We've emailed a link to choose a new password to the address of our notice.

## Account deletion

# src/ui/pages/delete_account.rs (DeleteAccountPage: <Title> and <h1>)
delete-title = Delete your account
# src/ui/pages/delete_account.rs (DeleteAccountPage: warning; $username is the <strong class="username">, $address the <strong class="address">)
delete-warning = This deletes the account { $username } at once and for good: it cannot be undone. Its username and its address ({ $address }) become free, and a last email confirms the deletion.
# src/ui/pages/delete_account.rs (DeleteAccountPage: second paragraph of the warning)
delete-confirm-hint = Enter your password to confirm.
# src/ui/pages/delete_account.rs (DeleteAccountPage: AccountForm submit)
delete-submit = Delete my account
# src/ui/pages/delete_account.rs (DeleteAccountPage: hint link to /accounts/profile/)
delete-keep = Keep my account
# src/ui/pages/delete_account.rs (DeleteAccountDonePage: <Title> and <h1>)
delete-done-title = Account deleted
# src/ui/pages/delete_account.rs (DeleteAccountDonePage: paragraph; link to /)
delete-done-text = Your account has been deleted. { $home_link }
    .home-link = Back to the home page

## Language picker

# src/ui/app.rs (language picker on every page: aria-label of its <nav>)
language-picker-label = Language

## Field validation (Django's wording)

# src/domain/account_forms.rs (LoginField::invalid_login, LoginField::Email)
login-invalid-email = Please enter a correct email address and password. Note that both fields may be case-sensitive.
# src/domain/account_forms.rs (LoginField::invalid_login, LoginField::Either)
login-invalid-either = Please enter a correct username or email address and password. Note that both fields may be case-sensitive.
# src/domain/account_forms.rs (WRONG_PASSWORD: the current password on the email change and deletion forms)
password-wrong = Your password was entered incorrectly. Please enter it again.
# src/domain/account_forms.rs (invalid_choice(value): a language the site does not offer; $value is the value sent)
error-invalid-choice = Select a valid choice. { $value } is not one of the available choices.
# src/domain/account_forms.rs (SAME_EMAIL: the email change form's new address is the current one)
error-same-email = This is already your email address.

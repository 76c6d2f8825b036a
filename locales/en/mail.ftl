### Mail subjects and bodies (default locale: en), from templates/registration/*.
###
### Variables are named after the minijinja context the templates use today:
###   site.name -> $site_name, user.username -> $username,
###   expiration_days -> $expiration_days, timeout_hours -> $timeout_hours.
### The URLs (site.scheme, site.domain, activation_key, token) stay in the templates, on their
### own lines as today; they are not text to translate.
###
### One message per paragraph or line. The .txt templates join them as today: a blank line
### between paragraphs, a single line break inside the sign-offs
### (mail-activation-signoff + mail-activation-signature,
###  mail-password-reset-validity + mail-password-reset-username).
### The English values keep the line breaks of the .txt templates, so the text part is unchanged.
### The .html templates use the same messages, HTML-escaped, a <br> where the .txt has a single
### line break; where the HTML bolds the site name today, pass $site_name as
### <strong>…</strong>. The HTML bolds the day count too: a number variable must stay a number
### for the plural, so wrap the formatted number afterwards or drop that emphasis.
### Where text and HTML words differ (a link inside the sentence), there is a -text and an -html
### message; the -html one carries the link text as an attribute (see main.ftl).
### Subjects must stay on one line.

## Shared by all three mails

# templates/registration/activation_email.{txt,html}, password_reset_email.{txt,html}, account_exists_email.{txt,html}: "Hello {{ user.username }},"
mail-greeting = Hello { $username },
# templates/registration/password_reset_email.{txt,html} and account_exists_email.{txt,html}: "The {{ site.name }} team"
mail-team-signature = The { $site_name } team

## Activation mail (src/server/services/notify.rs renders it)

# templates/registration/activation_email_subject.txt (also the <title> of activation_email.html)
mail-activation-subject = Account activation on { $site_name }
# templates/registration/activation_email.{txt,html}: first paragraph
mail-activation-intro =
    You (or someone pretending to be you) have asked to register an account at
    { $site_name }. If this wasn't you, please ignore this email
    and your address will be removed from our records.
# templates/registration/activation_email.{txt,html}: second paragraph (the activation link follows on its own line)
mail-activation-link-prompt =
    To activate this account, please click the following link within the next
    { $expiration_days ->
        [one] { $expiration_days } day
       *[other] { $expiration_days } days
    }:
# templates/registration/activation_email.{txt,html}: "Sincerely,"
mail-activation-signoff = Sincerely,
# templates/registration/activation_email.{txt,html}: "{{ site.name }} Management"
mail-activation-signature = { $site_name } Management

## Password reset mail (src/server/services/password_reset.rs renders it)

# templates/registration/password_reset_email_subject.txt (also the <title> of password_reset_email.html)
mail-password-reset-subject = Password reset on { $site_name }
# templates/registration/password_reset_email.{txt,html}: first paragraph
mail-password-reset-intro =
    You're receiving this email because you requested a password reset for your user account
    at { $site_name }.
# templates/registration/password_reset_email.{txt,html}: second paragraph (the reset link follows on its own line)
mail-password-reset-link-prompt = Please go to the following page and choose a new password:
# templates/registration/password_reset_email.{txt,html}: "The link works once, for the next {{ timeout_hours }} hours."
mail-password-reset-validity =
    The link works once, for the next { $timeout_hours ->
        [one] { $timeout_hours } hour
       *[other] { $timeout_hours } hours
    }.
# templates/registration/password_reset_email.{txt,html}: "Your username, in case you've forgotten: {{ user.username }}"
mail-password-reset-username = Your username, in case you've forgotten: { $username }
# templates/registration/password_reset_email.{txt,html}: "Thanks for using our site!"
mail-password-reset-thanks = Thanks for using our site!

## "Account exists" mail, sent when someone registers with an address already taken (src/server/services/address_taken.rs)

# templates/registration/account_exists_email_subject.txt (also the <title> of account_exists_email.html)
mail-account-exists-subject = You already have an account on { $site_name }
# templates/registration/account_exists_email.{txt,html}: first paragraph
mail-account-exists-intro =
    Someone (perhaps you) tried to register a new account at { $site_name } with this email
    address. An account with this address already exists, so no new account was created.
# templates/registration/account_exists_email.txt: second paragraph (the login URL follows on its own line)
mail-account-exists-login-text = If it was you, log in with your username ({ $username }):
# templates/registration/account_exists_email.html: second paragraph; link to /accounts/login/
mail-account-exists-login-html = If it was you, { $login_link } with your username ({ $username }).
    .login-link = log in
# templates/registration/account_exists_email.txt: third paragraph (the reset URL follows on its own line)
mail-account-exists-reset-text = Forgotten your password? Choose a new one here:
# templates/registration/account_exists_email.html: third paragraph; link to /accounts/password/reset/
mail-account-exists-reset-html = Forgotten your password? { $reset_link }.
    .reset-link = Choose a new one
# templates/registration/account_exists_email.{txt,html}: last paragraph before the signature
mail-account-exists-ignore = If it was not you, you can ignore this email: nothing has changed.

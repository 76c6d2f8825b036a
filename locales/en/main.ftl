### Pages, forms, validation and error messages (default locale: en).
###
### English keeps today's wording exactly; every message names the place it replaces.
###
### Conventions for the wiring:
### - A placeable named `$…_link` (e.g. `{ $login_link }`) stands where a link sits inside the
###   sentence; the link's text is the attribute of the same message with that name in
###   kebab-case (`.login-link`). Format the value with the variable set to a marker, split
###   around it and render the <a> with the attribute's text, so translators can move the link.
### - Other placeables that stand for an element today (`{ $username }` in <strong>, `{ $address }`,
###   `{ $email }`, `{ $setting }` in <code>) are rendered the same way, with the value as text.
### - Number variables must be passed as numbers (FluentValue::Number), or plural selection
###   falls back to the `*[other]` variant.
### - fluent-rs wraps placeables in U+2068/U+2069 unless `bundle.set_use_isolating(false)`;
###   keep isolation for `ar` (right-to-left) and strip or disable it where text is compared.
### - `<Title>` and `<h1>` share one `*-title` message where today's text is the same.

## Site frame

# src/ui/app.rs (Frame: <Title text="Registration">; SiteHeader brand link); also the brand in src/server/http/dev_mail.rs LAYOUT
site-name = Registration
# src/ui/app.rs (SiteHeader, logged in: link to /accounts/logout/)
nav-log-out = Log out
# src/ui/app.rs (SiteHeader, anonymous: link to /accounts/login/)
nav-log-in = Log in
# src/ui/app.rs (SiteHeader, anonymous: link to /accounts/register/)
nav-register = Register

## Home page

# src/ui/pages/home.rs (HomePage: <Title> in both branches, and <h1> for anonymous visitors)
home-title = Welcome
# src/ui/pages/home.rs (HomePage, logged in: <h1>"Welcome, " {user.username}</h1>)
home-heading-user = Welcome, { $username }
# src/ui/pages/home.rs (HomePage, logged in: link to /accounts/profile/)
home-link-account = Your account
# src/ui/pages/home.rs (HomePage, logged in: link to /accounts/password/change/)
home-link-change-password = Change your password
# src/ui/pages/home.rs (HomePage, anonymous: link to /accounts/register/)
home-link-register = Register
# src/ui/pages/home.rs (HomePage, anonymous: link to /accounts/activate/resend/)
home-link-resend = Resend the activation email
# src/ui/pages/home.rs (HomePage, anonymous: link to /accounts/login/)
home-link-log-in = Log in

## Terms of Service

# src/ui/pages/terms.rs (TermsPage: <Title> and <h1>)
terms-title = Terms of Service
# src/ui/pages/terms.rs (TermsPage: first paragraph)
terms-agreement = By registering you agree to use this site lawfully and to keep your password to yourself.
# src/ui/pages/terms.rs (TermsPage: second paragraph)
terms-deletion = Accounts that are not activated within the activation period are deleted.

## Registration form

# src/ui/pages/register.rs (RegisterPage: <Title> and <h1>)
register-title = Register for an account
# src/ui/pages/register.rs (RegisterPage: hint under the form; link to /accounts/activate/resend/)
register-resend-hint = Didn't get the activation email? { $resend_link }
    .resend-link = Send it again
# src/ui/pages/register.rs (RegisterForm: Field "username" label)
register-username-label = Username
# src/ui/pages/register.rs (RegisterForm: Field "email" label)
register-email-label = Email
# src/ui/pages/register.rs (RegisterForm: Field "password1" label)
register-password1-label = Password
# src/ui/pages/register.rs (RegisterForm: Field "password2" label)
register-password2-label = Password confirmation
# src/ui/pages/register.rs (TermsField: checkbox label; link to /terms/)
register-tos-label = I have read and agree to the { $terms_link }
    .terms-link = Terms of Service
# src/ui/pages/register.rs (Correction: format!("Use {address}"))
register-use-suggestion = Use { $address }
# src/ui/pages/register.rs (Honeypot: label of the hidden trap field)
register-honeypot-label = Leave this field empty
# src/ui/pages/register.rs (RegisterForm: submit button)
register-submit = Register

## After registering

# src/ui/pages/register_done.rs (RegisterCompletePage: <Title> and <h1>)
register-complete-title = Activation email sent
# src/ui/pages/register_done.rs (RegisterCompletePage, address known; $address is the <strong class="address">)
register-complete-check-address = Please check { $address } for an email with a link to activate your account.
# src/ui/pages/register_done.rs (RegisterCompletePage, address unknown)
register-complete-check-inbox = Please check the email address you registered with for a link to activate your account.
# src/ui/pages/register_done.rs (RegisterCompletePage: last paragraph; link to /accounts/activate/resend/)
register-complete-validity = The link is valid for a limited time. Nothing arrived? { $resend_link }.
    .resend-link = Send it again
# src/ui/pages/register_done.rs (RegisterClosedPage: <Title> and <h1>)
register-closed-title = Registration is closed
# src/ui/pages/register_done.rs (RegisterClosedPage: paragraph)
register-closed-text = Sorry, but registration is closed at this moment. Come back later.

## Activation

# src/ui/pages/activate.rs (ActivateCompletePage: <Title>)
activate-complete-title = Account activated
# src/ui/pages/activate.rs (ActivateCompletePage: <h1>)
activate-complete-heading = Your account is now activated.
# src/ui/pages/activate.rs (ActivateCompletePage: paragraph; link to /accounts/login/)
activate-complete-text = You can now { $login_link }.
    .login-link = log in
# src/ui/pages/activate.rs (ActivationFailedPage: <Title>)
activate-failed-title = Activation failure
# src/ui/pages/activate.rs (ActivationFailedPage: <h1>)
activate-failed-heading = Account activation failed
# src/ui/pages/activate.rs (ActivationConfirm: <Title> and <h1>)
activate-confirm-title = Activate your account
# src/ui/pages/activate.rs (ActivationConfirm: $username is the <strong class="username">)
activate-confirm-account = This link activates the account { $username }.
# src/ui/pages/activate.rs (ActivationConfirm, logs_in == false: "Press the button to " + "activate it" + ".")
activate-confirm-press = Press the button to activate it.
# src/ui/pages/activate.rs (ActivationConfirm, logs_in == true: "Press the button to " + "activate it and log in" + ".")
activate-confirm-press-log-in = Press the button to activate it and log in.
# src/ui/pages/activate.rs (ActivationConfirm: AccountForm submit)
activate-confirm-submit = Activate my account
# src/ui/pages/activate.rs (explanation, ActivationFailure::AlreadyActivated: first paragraph)
activate-already-activated = This account has already been activated with this link.
# src/ui/pages/activate.rs (explanation, AlreadyActivated: second paragraph; link to /accounts/login/)
activate-already-log-in = You can { $login_link } with your username and password.
    .login-link = log in
# src/ui/pages/activate.rs (explanation, ActivationFailure::Expired: first paragraph)
activate-expired = This activation link has expired.
# src/ui/pages/activate.rs (explanation, Expired: button of the renew form)
activate-expired-renew = Send me a new link
# src/ui/pages/activate.rs (explanation, Expired: last paragraph; link to /accounts/register/)
activate-expired-hint = The new link goes to the address you registered with. You can also { $register_link }.
    .register-link = register again
# src/ui/pages/activate.rs (explanation, ActivationFailure::Invalid: first paragraph)
activate-invalid = This activation link is invalid. Check that you copied the whole link from the email.
# src/ui/pages/activate.rs (explanation, Invalid: second paragraph; links to /accounts/activate/resend/ and /accounts/register/)
activate-invalid-hint = You can { $resend_link } or { $register_link }.
    .resend-link = ask for a new activation link
    .register-link = register
# src/ui/pages/activate.rs (ActivationRenewedPage: <Title> and <h1>)
activate-renewed-title = New activation link sent
# src/ui/pages/activate.rs (ActivationRenewedPage: first paragraph)
activate-renewed-text = If this link belonged to a registration that is waiting for activation, a new link is on its way to the address it was registered with.
# src/ui/pages/activate.rs (ActivationRenewedPage: second paragraph) and src/ui/pages/resend.rs (ResendSent: second paragraph)
common-check-inbox = Please check your inbox (and your spam folder).

## Resend the activation email

# src/ui/pages/resend.rs (ResendPage: <Title> and <h1>)
resend-title = Resend the activation email
# src/ui/pages/resend.rs (ResendForm: Field "email" label)
resend-email-label = Email
# src/ui/pages/resend.rs (ResendForm: submit button)
resend-submit = Send
# src/ui/pages/resend.rs (ResendSent: first paragraph; $email is the <strong class="address">)
resend-sent = If { $email } belongs to an account that is waiting for activation, we have sent a new activation link to it.

## Log in, log out, profile

# src/ui/pages/login.rs (LoginPage: <Title> and <h1>)
login-title = Log in
# src/ui/pages/login.rs (LoginPage: Input "username" label)
login-username-label = Username
# src/ui/pages/login.rs (LoginPage: Input "password" label)
login-password-label = Password
# src/ui/pages/login.rs (LoginPage: AccountForm submit)
login-submit = Log in
# src/ui/pages/login.rs (LoginPage: hint link to /accounts/password/reset/)
login-forgot-password = Forgotten your password?
# src/ui/pages/login.rs (LoginPage: hint link to /accounts/register/)
login-register-link = Register
# src/ui/pages/login.rs (LogoutPage: <Title>, and <h1> before logging out)
logout-title = Log out
# src/ui/pages/login.rs (LogoutPage, done: <h1>)
logout-done-heading = Logged out
# src/ui/pages/login.rs (LogoutPage, done: paragraph; link to /accounts/login/)
logout-done-text = You have been logged out. { $login_link }
    .login-link = Log in again
# src/ui/pages/login.rs (LogoutButton: AccountForm submit)
logout-submit = Log out
# src/ui/pages/login.rs (ProfilePage: <Title> and <h1>)
profile-title = Your account
# src/ui/pages/login.rs (ProfilePage: "Username: " + <strong class="username">)
profile-username = Username: { $username }
# src/ui/pages/login.rs (ProfilePage: "Email: " + <strong>)
profile-email = Email: { $email }
# src/ui/pages/login.rs (ProfilePage: link to /accounts/password/change/)
profile-change-password = Change your password

## Password change and reset pages

# src/ui/pages/password.rs (new_password_inputs: "new_password1" label)
password-new-label = New password
# src/ui/pages/password.rs (new_password_inputs: "new_password2" label)
password-new-confirm-label = New password confirmation
# src/ui/pages/password.rs (PasswordChangePage: "old_password" label)
password-old-label = Old password
# src/ui/pages/password.rs (PasswordChangePage: <Title> and <h1>)
password-change-title = Password change
# src/ui/pages/password.rs (PasswordChangePage: AccountForm submit)
password-change-submit = Change my password
# src/ui/pages/password.rs (PasswordChangeDonePage: <Title> and <h1>)
password-change-done-title = Password change successful
# src/ui/pages/password.rs (PasswordChangeDonePage: paragraph)
password-change-done-text = Your password was changed.
# src/ui/pages/password.rs (PasswordResetPage: <Title> and <h1>)
password-reset-title = Password reset
# src/ui/pages/password.rs (PasswordResetPage: intro paragraph)
password-reset-intro = Forgotten your password? Enter your email address below, and we’ll email instructions for setting a new one.
# src/ui/pages/password.rs (PasswordResetPage: Input "email" label)
password-reset-email-label = Email address
# src/ui/pages/password.rs (PasswordResetPage: AccountForm submit)
password-reset-submit = Reset my password
# src/ui/pages/password.rs (PasswordResetDonePage: <Title> and <h1>)
password-reset-done-title = Password reset sent
# src/ui/pages/password.rs (PasswordResetDonePage: first paragraph)
password-reset-done-text = We’ve emailed you instructions for setting your password, if an account exists with the email you entered. You should receive them shortly.
# src/ui/pages/password.rs (PasswordResetDonePage: second paragraph)
password-reset-done-hint = If you don’t receive an email, please make sure you’ve entered the address you registered with, and check your spam folder.
# src/ui/pages/password.rs (PasswordResetConfirmPage, invalid token: <Title> and <h1>)
password-reset-invalid-title = Password reset unsuccessful
# src/ui/pages/password.rs (PasswordResetConfirmPage, invalid token: first paragraph)
password-reset-invalid-text = The password reset link was invalid, possibly because it has already been used. Please request a new password reset.
# src/ui/pages/password.rs (PasswordResetConfirmPage, invalid token: link to /accounts/password/reset/)
password-reset-invalid-link = Request a new password reset
# src/ui/pages/password.rs (PasswordResetConfirmPage: <Title> and <h1>)
password-reset-confirm-title = Enter new password
# src/ui/pages/password.rs (PasswordResetConfirmPage: intro paragraph)
password-reset-confirm-intro = Please enter your new password twice so we can verify you typed it in correctly.
# src/ui/pages/password.rs (PasswordResetConfirmPage: AccountForm submit)
password-reset-confirm-submit = Change my password
# src/ui/pages/password.rs (PasswordResetCompletePage: <Title> and <h1>)
password-reset-complete-title = Password reset complete
# src/ui/pages/password.rs (PasswordResetCompletePage: paragraph; link to /accounts/login/)
password-reset-complete-text = Your password has been set. You may go ahead and { $login_link }.
    .login-link = log in now

## Page not found

# src/ui/pages/not_found.rs (NotFound: <Title> and <h1>)
not-found-title = Page not found
# src/ui/pages/not_found.rs (NotFound: paragraph; link to /)
not-found-text = There is nothing at this address. { $home_link }.
    .home-link = Go to the home page

## Field validation (Django's wording)

# src/domain/messages.rs (REQUIRED)
error-required = This field is required.
# src/domain/messages.rs (INVALID_USERNAME)
error-invalid-username = Enter a valid username. This value may contain only letters, numbers, and @/./+/-/_ characters.
# src/domain/messages.rs (DUPLICATE_USERNAME)
error-duplicate-username = A user with that username already exists.
# src/domain/messages.rs (INVALID_EMAIL)
error-invalid-email = Enter a valid email address.
# src/domain/messages.rs (DUPLICATE_EMAIL)
error-duplicate-email = This email address is already in use. Please supply a different email address.
# src/domain/messages.rs (FREE_EMAIL)
error-free-email = Registration using free email addresses is prohibited. Please supply a different email address.
# src/domain/messages.rs (DISPOSABLE_EMAIL)
error-disposable-email = Registration using disposable email addresses is prohibited. Please supply a different email address.
# src/domain/messages.rs (DOMAIN_CANNOT_RECEIVE)
error-domain-cannot-receive = This email domain cannot receive mail.
# src/domain/messages.rs (TOS_REQUIRED)
error-tos-required = You must agree to the terms to register
# src/domain/messages.rs (CONTROL_CHARACTERS)
error-null-characters = Null characters are not allowed.
# src/domain/messages.rs (too_long(max, actual))
error-too-long =
    Ensure this value has at most { $max ->
        [one] { $max } character
       *[other] { $max } characters
    } (it has { $actual }).
# src/domain/messages.rs (did_you_mean(address))
error-did-you-mean = Did you mean { $address }?
# src/api/types.rs (TRY_AGAIN; shown by src/server/http/html.rs form_failure and src/ui/components/account_form.rs show_error)
error-try-again = Something went wrong on our side. Please try again in a moment.
# src/ui/components/account_form.rs (show_error, ServerError::RateLimited { retry_after })
error-rate-limited =
    Too many attempts. Please wait { $retry_after ->
        [one] { $retry_after } second
       *[other] { $retry_after } seconds
    }, then try again.
# src/domain/account_forms.rs (INVALID_LOGIN)
login-invalid = Please enter a correct username and password. Note that both fields may be case-sensitive.
# src/domain/account_forms.rs (WRONG_OLD_PASSWORD)
password-wrong-old = Your old password was entered incorrectly. Please enter it again.

## Password validators (Django's wording)

# src/domain/messages.rs (PASSWORD_MISMATCH)
password-mismatch = The two password fields didn’t match.
# src/domain/messages.rs (too_short(min); PASSWORD_TOO_SHORT is too_short(8))
password-too-short =
    This password is too short. It must contain at least { $min ->
        [one] { $min } character
       *[other] { $min } characters
    }.
# src/domain/messages.rs (PASSWORD_TOO_COMMON)
password-too-common = This password is too common.
# src/domain/messages.rs (PASSWORD_ENTIRELY_NUMERIC)
password-entirely-numeric = This password is entirely numeric.
# src/domain/messages.rs (PASSWORD_SIMILAR_USERNAME)
password-similar-username = The password is too similar to the username.
# src/domain/messages.rs (PASSWORD_SIMILAR_EMAIL)
password-similar-email = The password is too similar to the email address.
# src/domain/messages.rs (HELP_SIMILARITY; listed by src/ui/pages/register.rs PasswordRules via Rule::help)
password-help-similarity = Your password can’t be too similar to your other personal information.
# src/domain/messages.rs (help_min_length(min))
password-help-min-length =
    Your password must contain at least { $min ->
        [one] { $min } character
       *[other] { $min } characters
    }.
# src/domain/messages.rs (HELP_COMMON)
password-help-common = Your password can’t be a commonly used password.
# src/domain/messages.rs (HELP_NUMERIC)
password-help-numeric = Your password can’t be entirely numeric.

## HTTP error answers (plain HTML door)

# src/server/http/html.rs (too_many: <title> and <h1>)
http-too-many-title = Too many attempts
# src/server/http/html.rs (too_many: paragraph) and src/server/http/api_v1/problem.rs (rate-limited detail)
common-wait-retry =
    Please wait { $retry_after ->
        [one] { $retry_after } second
       *[other] { $retry_after } seconds
    }, then try again.
# src/server/http/html.rs (unavailable: 503 body)
http-unavailable = This is unavailable right now. Please try again in a moment.
# src/server/http/html.rs (read_form and refusal: 400 body)
http-bad-form = The form could not be read.
# src/server/http/hosts.rs (check_host: 400 body)
http-bad-host = Bad Request (400): this site does not answer to that host name.
# src/server/http/csrf.rs (refuse_cross_site: 403 body outside /api/v1/)
http-cross-site = Forbidden: this form was sent from another site.
# src/server/http/limits.rs (TOO_LARGE: <title> and <h1>)
http-too-large-title = Request too large
# src/server/http/limits.rs (TOO_LARGE: paragraph)
http-too-large-text = The form you sent is larger than this site accepts. Please go back, shorten what you typed, and try again.
# src/server/http/starting.rs (starting: 503 body while the database is not ready)
http-starting = The service is starting. Please try again in a few seconds.

## JSON API problem details (title, and detail where there is one)

# src/server/http/csrf.rs (refuse_cross_site: Problem "cross-site" title)
problem-cross-site = This request was sent from another site.
# src/server/http/api_v1/mod.rs (not_found: Problem "not-found" title for unknown operations)
problem-no-such-operation = There is no such operation.
# src/server/http/api_v1/problem.rs (from_app_error, AppError::NotFound)
problem-not-found = This action is not available on this site.
# src/server/http/api_v1/problem.rs (from_app_error, AppError::Invalid)
problem-invalid-input = The input has errors.
# src/server/http/api_v1/problem.rs (from_app_error, AppError::RateLimited title; the detail is common-wait-retry)
problem-rate-limited = Too many attempts.
# src/server/http/api_v1/problem.rs (from_app_error, AppError::LoginRequired)
problem-login-required = You need to log in.
# src/server/http/api_v1/problem.rs (from_app_error, AppError::RegistrationClosed)
problem-registration-closed = Registration is closed.
# src/server/http/api_v1/problem.rs (from_app_error, AppError::AlreadyLoggedIn)
problem-already-logged-in = You are already logged in.
# src/server/http/api_v1/problem.rs (from_app_error, AppError::BadResetToken)
problem-invalid-token = The password reset link was invalid, possibly because it has already been used.
# src/server/http/api_v1/problem.rs (BadLink: an email-change or "this wasn't me" link)
problem-invalid-link = The link was invalid, possibly because it has already been used or has expired.
# src/server/http/api_v1/problem.rs (from_app_error, other errors: "unavailable" title)
problem-unavailable = Something went wrong on our side.
# src/server/http/api_v1/problem.rs (from_app_error, other errors: "unavailable" detail)
problem-unavailable-detail = Please try again in a moment.
# src/server/http/api_v1/problem.rs (activation_problem, ActivationFailure::Invalid)
problem-activation-key-invalid = This activation key is not valid.
# src/server/http/api_v1/problem.rs (activation_problem, ActivationFailure::Expired title)
problem-activation-key-expired = This activation key has expired.
# src/server/http/api_v1/problem.rs (activation_problem, ActivationFailure::Expired detail)
problem-activation-key-expired-detail = Ask for a new activation email.
# src/server/http/api_v1/problem.rs (activation_problem, ActivationFailure::AlreadyActivated)
problem-already-activated = This account has already been activated.
# src/server/http/api_v1/problem.rs (from_rejection, MissingJsonContentType)
problem-unsupported-media-type = Send the body as application/json.
# src/server/http/api_v1/problem.rs (from_rejection, other rejections; the detail is axum's own text)
problem-malformed-body = The body could not be read.

## Development mailbox (/dev/mail/, only with EMAIL_URL=memory://)

# src/server/http/dev_mail.rs (LIST: <title> and <h1>)
devmail-title = Development mailbox
# src/server/http/dev_mail.rs (LAYOUT: aria-label of the <nav>)
devmail-nav-label = Development
# src/server/http/dev_mail.rs (LAYOUT: nav link to /dev/mail/)
devmail-nav-mailbox = Mailbox
# src/server/http/dev_mail.rs (LAYOUT: nav link to /accounts/register/)
devmail-nav-register = Register
# src/server/http/dev_mail.rs (LIST: hint; $capacity is mailbox::CAPACITY, $setting is the <code>EMAIL_URL=memory://</code>)
devmail-intro =
    The last { $capacity ->
        [one] mail
       *[other] { $capacity } mails
    } this server sent ({ $setting }, for development only). Newest first.
# src/server/http/dev_mail.rs (LIST: table header; SHOW: <dt>)
devmail-col-received = Received
# src/server/http/dev_mail.rs (LIST: table header; SHOW: <dt>)
devmail-col-to = To
# src/server/http/dev_mail.rs (LIST: table header)
devmail-col-subject = Subject
# src/server/http/dev_mail.rs (SHOW: <dt>)
devmail-col-from = From
# src/server/http/dev_mail.rs (LIST: empty mailbox; link to /accounts/register/)
devmail-empty = No mail yet. { $register_link }, then come back here to open the activation mail.
    .register-link = Register
# src/server/http/dev_mail.rs (SHOW: link to the HTML part)
devmail-view-html = View the HTML version
# src/server/http/dev_mail.rs (SHOW: link back to /dev/mail/)
devmail-back = Back to the mailbox
# src/server/http/dev_mail.rs (show: 404 body; the code says "100", which is mailbox::CAPACITY)
devmail-no-such-mail = No such mail (the mailbox keeps the last { $capacity }).
# src/server/http/dev_mail.rs (html_part: 404 body)
devmail-no-html-part = No such mail, or it has no HTML part.

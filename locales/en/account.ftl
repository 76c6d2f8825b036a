### Account self-service mails (default locale: en), from templates/registration/*:
### the email-change confirmation, the security notices and the goodbye mail.
###
### Variables: site.name -> $site_name, user.username -> $username, new_email -> $new_email,
### timeout_hours -> $timeout_hours, timeout_days -> $timeout_days, when -> $when (a time such
### as "2026-12-01 10:04 UTC"), ip -> $ip (a client address), browser -> $browser (such as
### "Firefox on Linux"). The greeting (mail-greeting) and the signature (mail-team-signature)
### come from mail.ftl. URLs stay in the templates, on their own lines.
### Where text and HTML words differ (a link inside the sentence), there is a -text and an
### -html message; the -html one carries the link text as an attribute.
### Subjects must stay on one line.

## Email-change confirmation, to the new address (src/server/services/email_change.rs)

# templates/registration/email_change_email_subject.txt (also the <title> of the HTML part)
account-email-change-subject = Confirm your new email address on { $site_name }
# templates/registration/email_change_email.{txt,html}: first paragraph (the confirmation link follows on its own line)
account-email-change-intro =
    You asked to use this address, { $new_email }, for your account on { $site_name }.
    To confirm, please go to the following page:
# templates/registration/email_change_email.{txt,html}: after the link
account-email-change-validity =
    The link works once, for the next { $timeout_hours ->
        [one] { $timeout_hours } hour
       *[other] { $timeout_hours } hours
    }. Until you follow it, your account keeps its current address.
# templates/registration/email_change_email.{txt,html}: last paragraph before the signature
account-email-change-ignore = If you did not ask for this, ignore this email: nothing changes.

## Security notices (src/server/services/security_notice.rs): one subject and one opening per kind

# templates/registration/security_notice_email_subject.txt, kind "password_changed"
account-notice-subject-password-changed = Your password on { $site_name } was changed
# kind "password_reset"
account-notice-subject-password-reset = Your password on { $site_name } was reset
# kind "email_changed" (sent to the old address)
account-notice-subject-email-changed = The email address of your account on { $site_name } was changed
# kind "email_change_requested" (sent to the current address)
account-notice-subject-email-change-requested = A new email address was requested for your account on { $site_name }
# templates/registration/security_notice_email.html: <title>
account-notice-title = Security notice from { $site_name }
# templates/registration/security_notice_email.{txt,html}: first paragraph, kind "password_changed"
account-notice-password-changed = The password of your account on { $site_name } was changed.
# kind "password_reset"
account-notice-password-reset = The password of your account on { $site_name } was reset through a link sent to this address.
# kind "email_changed"
account-notice-email-changed = Your account on { $site_name } now uses the address { $new_email } instead of this one.
# kind "email_change_requested"
account-notice-email-change-requested =
    Someone asked to move your account on { $site_name } to the address { $new_email }. A link
    was sent there; until it is followed, your account keeps this address.
# templates/registration/security_notice_email.{txt,html}: when and where from
account-notice-when = When: { $when }
account-notice-from = From: { $ip } ({ $browser })
# templates/registration/security_notice_email.{txt,html}
account-notice-if-you = If this was you, there is nothing to do.
# templates/registration/security_notice_email.{txt,html}: the "this wasn't me" link follows
account-notice-if-not =
    If it was not you, go to this page and confirm: every session of your account will end, its
    password will stop working, and a link to choose a new one will be sent to this address.
# templates/registration/security_notice_email.html: the text of the "this wasn't me" link
account-notice-link = This wasn't me
# templates/registration/security_notice_email.{txt,html}: after the link
account-notice-validity =
    The link works once, for the next { $timeout_days ->
        [one] { $timeout_days } day
       *[other] { $timeout_days } days
    }.

## Goodbye mail after "Delete my account" (src/server/services/delete_account.rs)

# templates/registration/account_deleted_email_subject.txt (also the <title> of the HTML part)
account-deleted-subject = Your account on { $site_name } has been deleted
# templates/registration/account_deleted_email.{txt,html}: first paragraph
account-deleted-intro =
    Your account on { $site_name } has been deleted, as you asked. Its username and this email
    address are free again.
# templates/registration/account_deleted_email.txt: second paragraph (the register URL follows on its own line)
account-deleted-not-you-text =
    If you did not delete it, someone who knew your password did. You can register again at any
    time:
# templates/registration/account_deleted_email.html: second paragraph; link to /accounts/register/
account-deleted-not-you-html = If you did not delete it, someone who knew your password did. You can { $register_link } at any time.
    .register-link = register again

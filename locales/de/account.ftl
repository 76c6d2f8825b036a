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
account-email-change-subject = Bestätigen Sie Ihre neue E-Mail-Adresse auf { $site_name }
# templates/registration/email_change_email.{txt,html}: first paragraph (the confirmation link follows on its own line)
account-email-change-intro =
    Sie möchten diese Adresse, { $new_email }, für Ihr Konto auf { $site_name } verwenden.
    Zur Bestätigung öffnen Sie bitte die folgende Seite:
# templates/registration/email_change_email.{txt,html}: after the link
account-email-change-validity =
    Der Link kann einmal verwendet werden und ist { $timeout_hours ->
        [one] { $timeout_hours } Stunde
       *[other] { $timeout_hours } Stunden
    } lang gültig. Bis Sie ihn aufrufen, behält Ihr Konto seine bisherige Adresse.
# templates/registration/email_change_email.{txt,html}: last paragraph before the signature
account-email-change-ignore = Falls Sie dies nicht angefordert haben, ignorieren Sie diese E-Mail: Es ändert sich nichts.

## Security notices (src/server/services/security_notice.rs): one subject and one opening per kind

# templates/registration/security_notice_email_subject.txt, kind "password_changed"
account-notice-subject-password-changed = Ihr Passwort auf { $site_name } wurde geändert
# kind "password_reset"
account-notice-subject-password-reset = Ihr Passwort auf { $site_name } wurde zurückgesetzt
# kind "email_changed" (sent to the old address)
account-notice-subject-email-changed = Die E-Mail-Adresse Ihres Kontos auf { $site_name } wurde geändert
# kind "email_change_requested" (sent to the current address)
account-notice-subject-email-change-requested = Für Ihr Konto auf { $site_name } wurde eine neue E-Mail-Adresse angefordert
# templates/registration/security_notice_email.html: <title>
account-notice-title = Sicherheitshinweis von { $site_name }
# templates/registration/security_notice_email.{txt,html}: first paragraph, kind "password_changed"
account-notice-password-changed = Das Passwort Ihres Kontos auf { $site_name } wurde geändert.
# kind "password_reset"
account-notice-password-reset = Das Passwort Ihres Kontos auf { $site_name } wurde über einen Link zurückgesetzt, der an diese Adresse gesendet wurde.
# kind "email_changed"
account-notice-email-changed = Ihr Konto auf { $site_name } verwendet ab sofort die Adresse { $new_email } anstelle dieser Adresse.
# kind "email_change_requested"
account-notice-email-change-requested =
    Jemand hat beantragt, Ihr Konto auf { $site_name } auf die Adresse { $new_email } umzustellen. An diese
    Adresse wurde ein Link gesendet; solange er nicht aufgerufen wird, behält Ihr Konto die bisherige Adresse.
# templates/registration/security_notice_email.{txt,html}: when and where from
account-notice-when = Wann: { $when }
account-notice-from = Von: { $ip } ({ $browser })
# templates/registration/security_notice_email.{txt,html}
account-notice-if-you = Wenn Sie das waren, müssen Sie nichts weiter tun.
# templates/registration/security_notice_email.{txt,html}: the "this wasn't me" link follows
account-notice-if-not =
    Wenn Sie es nicht waren, öffnen Sie diese Seite und bestätigen Sie: Alle Sitzungen Ihres Kontos werden
    beendet, das bisherige Passwort wird ungültig, und Sie erhalten an diese Adresse einen Link, um ein neues zu wählen.
# templates/registration/security_notice_email.html: the text of the "this wasn't me" link
account-notice-link = Das war ich nicht
# templates/registration/security_notice_email.{txt,html}: after the link
account-notice-validity =
    Der Link kann einmal verwendet werden und ist { $timeout_days ->
        [one] { $timeout_days } Tag
       *[other] { $timeout_days } Tage
    } lang gültig.

## Goodbye mail after "Delete my account" (src/server/services/delete_account.rs)

# templates/registration/account_deleted_email_subject.txt (also the <title> of the HTML part)
account-deleted-subject = Ihr Konto auf { $site_name } wurde gelöscht
# templates/registration/account_deleted_email.{txt,html}: first paragraph
account-deleted-intro =
    Ihr Konto auf { $site_name } wurde wie gewünscht gelöscht. Der Benutzername und diese
    E-Mail-Adresse sind wieder frei.
# templates/registration/account_deleted_email.txt: second paragraph (the register URL follows on its own line)
account-deleted-not-you-text =
    Falls Sie das Konto nicht selbst gelöscht haben, hat das jemand getan, der Ihr Passwort kannte. Sie
    können sich jederzeit erneut registrieren:
# templates/registration/account_deleted_email.html: second paragraph; link to /accounts/register/
account-deleted-not-you-html = Falls Sie das Konto nicht selbst gelöscht haben, hat das jemand getan, der Ihr Passwort kannte. Sie können sich jederzeit { $register_link }.
    .register-link = erneut registrieren

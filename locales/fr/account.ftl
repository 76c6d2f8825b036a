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
account-email-change-subject = Confirmez votre nouvelle adresse e-mail sur { $site_name }
# templates/registration/email_change_email.{txt,html}: first paragraph (the confirmation link follows on its own line)
account-email-change-intro =
    Vous avez demandé à utiliser cette adresse, { $new_email }, pour votre compte sur { $site_name }.
    Pour confirmer, veuillez vous rendre sur la page suivante :
# templates/registration/email_change_email.{txt,html}: after the link
account-email-change-validity =
    Le lien ne fonctionne qu’une seule fois, pendant { $timeout_hours ->
        [one] { $timeout_hours } heure
       *[other] { $timeout_hours } heures
    }. Tant que vous ne l’avez pas suivi, votre compte conserve son adresse actuelle.
# templates/registration/email_change_email.{txt,html}: last paragraph before the signature
account-email-change-ignore = Si vous n’êtes pas à l’origine de cette demande, ignorez cet e-mail : rien ne changera.

## Security notices (src/server/services/security_notice.rs): one subject and one opening per kind

# templates/registration/security_notice_email_subject.txt, kind "password_changed"
account-notice-subject-password-changed = Votre mot de passe sur { $site_name } a été modifié
# kind "password_reset"
account-notice-subject-password-reset = Votre mot de passe sur { $site_name } a été réinitialisé
# kind "email_changed" (sent to the old address)
account-notice-subject-email-changed = L’adresse e-mail de votre compte sur { $site_name } a été modifiée
# kind "email_change_requested" (sent to the current address)
account-notice-subject-email-change-requested = Une nouvelle adresse e-mail a été demandée pour votre compte sur { $site_name }
# templates/registration/security_notice_email.html: <title>
account-notice-title = Alerte de sécurité – { $site_name }
# templates/registration/security_notice_email.{txt,html}: first paragraph, kind "password_changed"
account-notice-password-changed = Le mot de passe de votre compte sur { $site_name } a été modifié.
# kind "password_reset"
account-notice-password-reset = Le mot de passe de votre compte sur { $site_name } a été réinitialisé au moyen d’un lien envoyé à cette adresse.
# kind "email_changed"
account-notice-email-changed = Votre compte sur { $site_name } utilise désormais l’adresse { $new_email } à la place de celle-ci.
# kind "email_change_requested"
account-notice-email-change-requested =
    Quelqu’un a demandé à associer votre compte sur { $site_name } à l’adresse { $new_email }. Un lien
    y a été envoyé ; tant qu’il n’a pas été suivi, votre compte conserve cette adresse.
# templates/registration/security_notice_email.{txt,html}: when and where from
account-notice-when = Date : { $when }
account-notice-from = Provenance : { $ip } ({ $browser })
# templates/registration/security_notice_email.{txt,html}
account-notice-if-you = Si c’était vous, vous n’avez rien à faire.
# templates/registration/security_notice_email.{txt,html}: the "this wasn't me" link follows
account-notice-if-not =
    Si ce n’était pas vous, rendez-vous sur cette page et confirmez : toutes les sessions de votre compte
    seront fermées, son mot de passe ne fonctionnera plus et un lien pour en choisir un nouveau sera envoyé à cette adresse.
# templates/registration/security_notice_email.html: the text of the "this wasn't me" link
account-notice-link = Ce n’était pas moi
# templates/registration/security_notice_email.{txt,html}: after the link
account-notice-validity =
    Le lien ne fonctionne qu’une seule fois, pendant { $timeout_days ->
        [one] { $timeout_days } jour
       *[other] { $timeout_days } jours
    }.

## Goodbye mail after "Delete my account" (src/server/services/delete_account.rs)

# templates/registration/account_deleted_email_subject.txt (also the <title> of the HTML part)
account-deleted-subject = Votre compte sur { $site_name } a été supprimé
# templates/registration/account_deleted_email.{txt,html}: first paragraph
account-deleted-intro =
    Votre compte sur { $site_name } a été supprimé, comme vous l’avez demandé. Son nom d’utilisateur et
    cette adresse e-mail sont de nouveau disponibles.
# templates/registration/account_deleted_email.txt: second paragraph (the register URL follows on its own line)
account-deleted-not-you-text =
    Si vous ne l’avez pas supprimé vous-même, quelqu’un qui connaissait votre mot de passe l’a fait. Vous
    pouvez vous inscrire à nouveau à tout moment :
# templates/registration/account_deleted_email.html: second paragraph; link to /accounts/register/
account-deleted-not-you-html = Si vous ne l’avez pas supprimé vous-même, quelqu’un qui connaissait votre mot de passe l’a fait. Vous pouvez { $register_link } à tout moment.
    .register-link = vous inscrire à nouveau

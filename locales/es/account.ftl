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
account-email-change-subject = Confirme su nueva dirección de correo en { $site_name }
# templates/registration/email_change_email.{txt,html}: first paragraph (the confirmation link follows on its own line)
account-email-change-intro =
    Ha solicitado usar esta dirección, { $new_email }, para su cuenta en { $site_name }.
    Para confirmarlo, vaya a la siguiente página:
# templates/registration/email_change_email.{txt,html}: after the link
account-email-change-validity =
    El enlace solo se puede usar una vez, durante { $timeout_hours ->
        [one] { $timeout_hours } hora
       *[other] { $timeout_hours } horas
    }. Mientras no lo abra, su cuenta conservará su dirección actual.
# templates/registration/email_change_email.{txt,html}: last paragraph before the signature
account-email-change-ignore = Si no ha solicitado este cambio, ignore este correo: no cambiará nada.

## Security notices (src/server/services/security_notice.rs): one subject and one opening per kind

# templates/registration/security_notice_email_subject.txt, kind "password_changed"
account-notice-subject-password-changed = Se ha cambiado su contraseña en { $site_name }
# kind "password_reset"
account-notice-subject-password-reset = Se ha restablecido su contraseña en { $site_name }
# kind "email_changed" (sent to the old address)
account-notice-subject-email-changed = Se ha cambiado la dirección de correo de su cuenta en { $site_name }
# kind "email_change_requested" (sent to the current address)
account-notice-subject-email-change-requested = Se ha solicitado una nueva dirección de correo para su cuenta en { $site_name }
# templates/registration/security_notice_email.html: <title>
account-notice-title = Aviso de seguridad de { $site_name }
# templates/registration/security_notice_email.{txt,html}: first paragraph, kind "password_changed"
account-notice-password-changed = Se ha cambiado la contraseña de su cuenta en { $site_name }.
# kind "password_reset"
account-notice-password-reset = Se ha restablecido la contraseña de su cuenta en { $site_name } mediante un enlace enviado a esta dirección.
# kind "email_changed"
account-notice-email-changed = Su cuenta en { $site_name } ahora usa la dirección { $new_email } en lugar de esta.
# kind "email_change_requested"
account-notice-email-change-requested =
    Alguien ha solicitado asociar su cuenta en { $site_name } a la dirección { $new_email }. Se ha enviado
    un enlace a esa dirección; mientras no se abra, su cuenta seguirá usando esta.
# templates/registration/security_notice_email.{txt,html}: when and where from
account-notice-when = Fecha: { $when }
account-notice-from = Origen: { $ip } ({ $browser })
# templates/registration/security_notice_email.{txt,html}
account-notice-if-you = Si ha sido usted, no tiene que hacer nada.
# templates/registration/security_notice_email.{txt,html}: the "this wasn't me" link follows
account-notice-if-not =
    Si no ha sido usted, vaya a esta página y confírmelo: se cerrarán todas las sesiones de su cuenta,
    su contraseña dejará de funcionar y se enviará a esta dirección un enlace para elegir una nueva.
# templates/registration/security_notice_email.html: the text of the "this wasn't me" link
account-notice-link = No he sido yo
# templates/registration/security_notice_email.{txt,html}: after the link
account-notice-validity =
    El enlace solo se puede usar una vez, durante { $timeout_days ->
        [one] { $timeout_days } día
       *[other] { $timeout_days } días
    }.

## Goodbye mail after "Delete my account" (src/server/services/delete_account.rs)

# templates/registration/account_deleted_email_subject.txt (also the <title> of the HTML part)
account-deleted-subject = Se ha eliminado su cuenta en { $site_name }
# templates/registration/account_deleted_email.{txt,html}: first paragraph
account-deleted-intro =
    Su cuenta en { $site_name } se ha eliminado, tal como solicitó. Su nombre de usuario y esta dirección
    de correo vuelven a estar disponibles.
# templates/registration/account_deleted_email.txt: second paragraph (the register URL follows on its own line)
account-deleted-not-you-text =
    Si no la ha eliminado usted, lo ha hecho alguien que conocía su contraseña. Puede volver a registrarse
    en cualquier momento:
# templates/registration/account_deleted_email.html: second paragraph; link to /accounts/register/
account-deleted-not-you-html = Si no la ha eliminado usted, lo ha hecho alguien que conocía su contraseña. Puede { $register_link } en cualquier momento.
    .register-link = registrarse de nuevo

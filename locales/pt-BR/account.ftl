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
account-email-change-subject = Confirme seu novo endereço de e-mail em { $site_name }
# templates/registration/email_change_email.{txt,html}: first paragraph (the confirmation link follows on its own line)
account-email-change-intro =
    Você pediu para usar este endereço, { $new_email }, na sua conta em { $site_name }.
    Para confirmar, acesse a página a seguir:
# templates/registration/email_change_email.{txt,html}: after the link
account-email-change-validity =
    O link funciona uma única vez, por { $timeout_hours ->
        [one] { $timeout_hours } hora
       *[other] { $timeout_hours } horas
    }. Enquanto ele não for acessado, sua conta continuará com o endereço atual.
# templates/registration/email_change_email.{txt,html}: last paragraph before the signature
account-email-change-ignore = Se você não fez esse pedido, ignore este e-mail: nada será alterado.

## Security notices (src/server/services/security_notice.rs): one subject and one opening per kind

# templates/registration/security_notice_email_subject.txt, kind "password_changed"
account-notice-subject-password-changed = Sua senha em { $site_name } foi alterada
# kind "password_reset"
account-notice-subject-password-reset = Sua senha em { $site_name } foi redefinida
# kind "email_changed" (sent to the old address)
account-notice-subject-email-changed = O endereço de e-mail da sua conta em { $site_name } foi alterado
# kind "email_change_requested" (sent to the current address)
account-notice-subject-email-change-requested = Um novo endereço de e-mail foi solicitado para sua conta em { $site_name }
# templates/registration/security_notice_email.html: <title>
account-notice-title = Aviso de segurança de { $site_name }
# templates/registration/security_notice_email.{txt,html}: first paragraph, kind "password_changed"
account-notice-password-changed = A senha da sua conta em { $site_name } foi alterada.
# kind "password_reset"
account-notice-password-reset = A senha da sua conta em { $site_name } foi redefinida por meio de um link enviado para este endereço.
# kind "email_changed"
account-notice-email-changed = Sua conta em { $site_name } agora usa o endereço { $new_email } em vez deste.
# kind "email_change_requested"
account-notice-email-change-requested =
    Alguém pediu para transferir sua conta em { $site_name } para o endereço { $new_email }. Um link
    foi enviado para lá; enquanto ele não for acessado, sua conta continuará com este endereço.
# templates/registration/security_notice_email.{txt,html}: when and where from
account-notice-when = Data: { $when }
account-notice-from = Origem: { $ip } ({ $browser })
# templates/registration/security_notice_email.{txt,html}
account-notice-if-you = Se foi você, não é preciso fazer nada.
# templates/registration/security_notice_email.{txt,html}: the "this wasn't me" link follows
account-notice-if-not =
    Se não foi você, acesse esta página e confirme: todas as sessões da sua conta serão encerradas,
    a senha deixará de funcionar e um link para escolher uma nova será enviado para este endereço.
# templates/registration/security_notice_email.html: the text of the "this wasn't me" link
account-notice-link = Não fui eu
# templates/registration/security_notice_email.{txt,html}: after the link
account-notice-validity =
    O link funciona uma única vez, por { $timeout_days ->
        [one] { $timeout_days } dia
       *[other] { $timeout_days } dias
    }.

## Goodbye mail after "Delete my account" (src/server/services/delete_account.rs)

# templates/registration/account_deleted_email_subject.txt (also the <title> of the HTML part)
account-deleted-subject = Sua conta em { $site_name } foi excluída
# templates/registration/account_deleted_email.{txt,html}: first paragraph
account-deleted-intro =
    Sua conta em { $site_name } foi excluída, como você pediu. O nome de usuário e este endereço
    de e-mail estão disponíveis novamente.
# templates/registration/account_deleted_email.txt: second paragraph (the register URL follows on its own line)
account-deleted-not-you-text =
    Se não foi você quem a excluiu, foi alguém que sabia sua senha. Você pode se cadastrar novamente
    a qualquer momento:
# templates/registration/account_deleted_email.html: second paragraph; link to /accounts/register/
account-deleted-not-you-html = Se não foi você quem a excluiu, foi alguém que sabia sua senha. Você pode { $register_link } a qualquer momento.
    .register-link = se cadastrar novamente

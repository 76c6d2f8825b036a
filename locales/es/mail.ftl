### Asuntos y cuerpos de los correos (es). Mismos identificadores y variables que locales/en/mail.ftl.

## Shared by all three mails

mail-greeting = Hola, { $username }:
mail-team-signature = El equipo de { $site_name }

## Activation mail

mail-activation-subject = Activación de cuenta en { $site_name }
mail-activation-intro =
    Usted (o alguien que se hace pasar por usted) ha solicitado registrar una cuenta
    en { $site_name }. Si no ha sido usted, ignore este correo y su dirección
    se eliminará de nuestros registros.
mail-activation-link-prompt =
    Para activar esta cuenta, haga clic en el siguiente enlace en un plazo de
    { $expiration_days ->
        [one] { $expiration_days } día
       *[other] { $expiration_days } días
    }:
mail-activation-signoff = Atentamente,
mail-activation-signature = La administración de { $site_name }

## Password reset mail

mail-password-reset-subject = Restablecimiento de contraseña en { $site_name }
mail-password-reset-intro =
    Ha recibido este correo porque ha solicitado restablecer la contraseña de su cuenta
    en { $site_name }.
mail-password-reset-link-prompt = Vaya a la siguiente página y elija una nueva contraseña:
mail-password-reset-validity =
    El enlace solo se puede usar una vez, durante { $timeout_hours ->
        [one] { $timeout_hours } hora
       *[other] { $timeout_hours } horas
    }.
mail-password-reset-username = Su nombre de usuario, por si lo ha olvidado: { $username }
mail-password-reset-thanks = ¡Gracias por usar nuestro sitio!

## "Account exists" mail

mail-account-exists-subject = Ya tiene una cuenta en { $site_name }
mail-account-exists-intro =
    Alguien (quizá usted) ha intentado registrar una cuenta nueva en { $site_name } con esta
    dirección de correo. Ya existe una cuenta con esta dirección, así que no se ha creado
    ninguna cuenta nueva.
mail-account-exists-login-text = Si ha sido usted, inicie sesión con su nombre de usuario ({ $username }):
mail-account-exists-login-html = Si ha sido usted, { $login_link } con su nombre de usuario ({ $username }).
    .login-link = inicie sesión
mail-account-exists-reset-text = ¿Ha olvidado su contraseña? Elija una nueva aquí:
mail-account-exists-reset-html = ¿Ha olvidado su contraseña? { $reset_link }.
    .reset-link = Elija una nueva
mail-account-exists-ignore = Si no ha sido usted, puede ignorar este correo: no ha cambiado nada.

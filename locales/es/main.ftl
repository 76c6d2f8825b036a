### Páginas, formularios, mensajes de validación y de error (es).
### Mismos identificadores y variables que locales/en/main.ftl, donde figuran las ubicaciones en el código.
### Los mensajes de validación siguen la traducción oficial de Django al español cuando existe (trato de usted).

## Site frame

site-name = Registro
nav-log-out = Cerrar sesión
nav-log-in = Iniciar sesión
nav-register = Registrarse

## Home page

home-title = Le damos la bienvenida
home-heading-user = Le damos la bienvenida, { $username }
home-link-account = Su cuenta
home-link-change-password = Cambiar su contraseña
home-link-register = Registrarse
home-link-resend = Reenviar el correo de activación
home-link-log-in = Iniciar sesión

## Terms of Service

terms-title = Términos del servicio
terms-agreement = Al registrarse, se compromete a usar este sitio de forma lícita y a no compartir su contraseña con nadie.
terms-deletion = Las cuentas que no se activen dentro del plazo de activación se eliminan.

## Registration form

register-title = Crear una cuenta
register-resend-hint = ¿No ha recibido el correo de activación? { $resend_link }
    .resend-link = Enviarlo de nuevo
register-username-label = Nombre de usuario
register-email-label = Correo electrónico
register-password1-label = Contraseña
register-password2-label = Contraseña (confirmación)
register-tos-label = He leído y acepto los { $terms_link }
    .terms-link = Términos del servicio
register-use-suggestion = Usar { $address }
register-honeypot-label = Deje este campo vacío
register-submit = Registrarse

## After registering

register-complete-title = Correo de activación enviado
register-complete-check-address = Revise el buzón de { $address }: le hemos enviado un correo con un enlace para activar su cuenta.
register-complete-check-inbox = Revise el buzón de la dirección de correo con la que se registró: le hemos enviado un enlace para activar su cuenta.
register-complete-validity = El enlace es válido durante un tiempo limitado. ¿No ha llegado nada? { $resend_link }.
    .resend-link = Enviarlo de nuevo
register-closed-title = El registro está cerrado
register-closed-text = Lo sentimos, el registro está cerrado en este momento. Vuelva más tarde.

## Activation

activate-complete-title = Cuenta activada
activate-complete-heading = Su cuenta ya está activada.
activate-complete-text = Ya puede { $login_link }.
    .login-link = iniciar sesión
activate-failed-title = Error de activación
activate-failed-heading = No se pudo activar la cuenta
activate-confirm-title = Active su cuenta
activate-confirm-account = Este enlace activa la cuenta { $username }.
activate-confirm-press = Pulse el botón para activarla.
activate-confirm-press-log-in = Pulse el botón para activarla e iniciar sesión.
activate-confirm-submit = Activar mi cuenta
activate-already-activated = Esta cuenta ya se activó con este enlace.
activate-already-log-in = Puede { $login_link } con su nombre de usuario y contraseña.
    .login-link = iniciar sesión
activate-expired = Este enlace de activación ha caducado.
activate-expired-renew = Enviarme un enlace nuevo
activate-expired-hint = El enlace nuevo se enviará a la dirección con la que se registró. También puede { $register_link }.
    .register-link = registrarse de nuevo
activate-invalid = Este enlace de activación no es válido. Compruebe que ha copiado el enlace completo del correo.
activate-invalid-hint = Puede { $resend_link } o { $register_link }.
    .resend-link = solicitar un nuevo enlace de activación
    .register-link = registrarse
activate-renewed-title = Nuevo enlace de activación enviado
activate-renewed-text = Si este enlace correspondía a un registro pendiente de activación, hemos enviado un enlace nuevo a la dirección con la que se hizo el registro.
common-check-inbox = Revise su bandeja de entrada (y la carpeta de spam).

## Resend the activation email

resend-title = Reenviar el correo de activación
resend-email-label = Correo electrónico
resend-submit = Enviar
resend-sent = Si { $email } pertenece a una cuenta pendiente de activación, le hemos enviado un nuevo enlace de activación.

## Log in, log out, profile

login-title = Iniciar sesión
login-username-label = Nombre de usuario
login-password-label = Contraseña
login-submit = Iniciar sesión
login-forgot-password = ¿Ha olvidado su contraseña?
login-register-link = Registrarse
logout-title = Cerrar sesión
logout-done-heading = Sesión cerrada
logout-done-text = Ha cerrado la sesión. { $login_link }
    .login-link = Volver a iniciar sesión
logout-submit = Cerrar sesión
profile-title = Su cuenta
profile-username = Nombre de usuario: { $username }
profile-email = Correo electrónico: { $email }
profile-change-password = Cambiar su contraseña

## Password change and reset pages

password-new-label = Contraseña nueva
password-new-confirm-label = Contraseña nueva (confirmación)
password-old-label = Contraseña antigua
password-change-title = Cambiar contraseña
password-change-submit = Cambiar mi contraseña
password-change-done-title = Contraseña cambiada correctamente
password-change-done-text = Su contraseña se ha cambiado.
password-reset-title = Restablecer contraseña
password-reset-intro = ¿Ha olvidado su contraseña? Introduzca su dirección de correo electrónico y le enviaremos instrucciones para establecer una nueva.
password-reset-email-label = Dirección de correo electrónico
password-reset-submit = Restablecer mi contraseña
password-reset-done-title = Instrucciones enviadas
password-reset-done-text = Si existe una cuenta con el correo electrónico que ha introducido, le hemos enviado instrucciones para establecer su contraseña. Debería recibirlas en breve.
password-reset-done-hint = Si no recibe ningún correo, asegúrese de haber introducido la dirección con la que se registró y revise la carpeta de spam.
password-reset-invalid-title = No se pudo restablecer la contraseña
password-reset-invalid-text = El enlace para restablecer la contraseña no era válido, posiblemente porque ya se ha utilizado. Solicite un nuevo restablecimiento de contraseña.
password-reset-invalid-link = Solicitar un nuevo restablecimiento de contraseña
password-reset-confirm-title = Escriba la nueva contraseña
password-reset-confirm-intro = Introduzca su nueva contraseña dos veces para que podamos verificar que la ha escrito correctamente.
password-reset-confirm-submit = Cambiar mi contraseña
password-reset-complete-title = Restablecimiento de contraseña completado
password-reset-complete-text = Se ha establecido su contraseña. Ya puede { $login_link }.
    .login-link = iniciar sesión

## Page not found

not-found-title = Página no encontrada
not-found-text = No hay nada en esta dirección. { $home_link }.
    .home-link = Ir a la página de inicio

## Field validation (Django's wording)

error-required = Este campo es obligatorio.
error-invalid-username = Introduzca un nombre de usuario válido. Este valor puede contener únicamente letras, números y los caracteres @/./+/-/_.
error-duplicate-username = Ya existe un usuario con este nombre.
error-invalid-email = Introduzca una dirección de correo electrónico válida.
error-duplicate-email = Esta dirección de correo electrónico ya está en uso. Indique una dirección diferente.
error-free-email = No se permite registrarse con direcciones de correo gratuitas. Indique una dirección diferente.
error-disposable-email = No se permite registrarse con direcciones de correo desechables. Indique una dirección diferente.
error-domain-cannot-receive = Este dominio de correo no puede recibir mensajes.
error-tos-required = Debe aceptar los términos para registrarse
error-null-characters = Los caracteres nulos no están permitidos.
error-too-long =
    Asegúrese de que este valor tenga como máximo { $max ->
        [one] { $max } carácter
       *[other] { $max } caracteres
    } (tiene { $actual }).
error-did-you-mean = ¿Quiso decir { $address }?
error-try-again = Algo ha fallado por nuestra parte. Vuelva a intentarlo en un momento.
error-rate-limited =
    Demasiados intentos. Espere { $retry_after ->
        [one] { $retry_after } segundo
       *[other] { $retry_after } segundos
    } y vuelva a intentarlo.
login-invalid = Por favor, introduzca un nombre de usuario y clave correctos. Observe que ambos campos pueden ser sensibles a mayúsculas.
password-wrong-old = Su contraseña antigua es incorrecta. Por favor, vuelva a introducirla.

## Password validators (Django's wording)

password-mismatch = Los dos campos de contraseña no coinciden.
password-too-short =
    Esta contraseña es demasiado corta. Debe contener al menos { $min ->
        [one] { $min } carácter
       *[other] { $min } caracteres
    }.
password-too-common = Esta contraseña es demasiado común.
password-entirely-numeric = Esta contraseña es completamente numérica.
password-similar-username = La contraseña es demasiado parecida al nombre de usuario.
password-similar-email = La contraseña es demasiado parecida a la dirección de correo electrónico.
password-help-similarity = Su contraseña no puede asemejarse tanto a su otra información personal.
password-help-min-length =
    Su contraseña debe contener al menos { $min ->
        [one] { $min } carácter
       *[other] { $min } caracteres
    }.
password-help-common = Su contraseña no puede ser una clave utilizada comúnmente.
password-help-numeric = Su contraseña no puede ser completamente numérica.

## HTTP error answers (plain HTML door)

http-too-many-title = Demasiados intentos
common-wait-retry =
    Espere { $retry_after ->
        [one] { $retry_after } segundo
       *[other] { $retry_after } segundos
    } y vuelva a intentarlo.
http-unavailable = Esto no está disponible en este momento. Vuelva a intentarlo en un momento.
http-bad-form = No se pudo leer el formulario.
http-bad-host = Solicitud incorrecta (400): este sitio no responde a ese nombre de host.
http-cross-site = Prohibido: este formulario se envió desde otro sitio.
http-too-large-title = Solicitud demasiado grande
http-too-large-text = El formulario que ha enviado supera el tamaño que admite este sitio. Vuelva atrás, acorte lo que ha escrito e inténtelo de nuevo.
http-starting = El servicio se está iniciando. Vuelva a intentarlo en unos segundos.

## JSON API problem details

problem-cross-site = Esta solicitud se envió desde otro sitio.
problem-no-such-operation = Esa operación no existe.
problem-not-found = Esta acción no está disponible en este sitio.
problem-invalid-input = Los datos enviados contienen errores.
problem-rate-limited = Demasiados intentos.
problem-login-required = Debe iniciar sesión.
problem-registration-closed = El registro está cerrado.
problem-already-logged-in = Ya ha iniciado sesión.
problem-invalid-token = El enlace para restablecer la contraseña no era válido, posiblemente porque ya se ha utilizado.
problem-invalid-link = El enlace no era válido, posiblemente porque ya se ha utilizado o ha caducado.
problem-unavailable = Algo ha fallado por nuestra parte.
problem-unavailable-detail = Vuelva a intentarlo en un momento.
problem-activation-key-invalid = Esta clave de activación no es válida.
problem-activation-key-expired = Esta clave de activación ha caducado.
problem-activation-key-expired-detail = Solicite un nuevo correo de activación.
problem-already-activated = Esta cuenta ya se ha activado.
problem-unsupported-media-type = Envíe el cuerpo de la solicitud como application/json.
problem-malformed-body = No se pudo leer el cuerpo de la solicitud.

## Development mailbox

devmail-title = Buzón de desarrollo
devmail-nav-label = Desarrollo
devmail-nav-mailbox = Buzón
devmail-nav-register = Registrarse
devmail-intro =
    { $capacity ->
        [one] El último correo enviado
       *[other] Los últimos { $capacity } correos enviados
    } por este servidor ({ $setting }, solo para desarrollo). Los más recientes primero.
devmail-col-received = Recibido
devmail-col-to = Para
devmail-col-subject = Asunto
devmail-col-from = De
devmail-empty = Aún no hay correo. { $register_link } y vuelva aquí para abrir el correo de activación.
    .register-link = Regístrese
devmail-view-html = Ver la versión HTML
devmail-back = Volver al buzón
devmail-no-such-mail = No existe ese correo (el buzón guarda los últimos { $capacity }).
devmail-no-html-part = No existe ese correo o no tiene parte HTML.

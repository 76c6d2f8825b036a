### Self-service pages (es).

## Log in

login-email-label = Dirección de correo electrónico
login-either-label = Nombre de usuario o correo electrónico
login-remember-me = Recordarme

## Profile

profile-pending-email = Pendiente de confirmación: { $address } (abra el enlace que le hemos enviado a esa dirección)
profile-change-email = Cambiar su dirección de correo electrónico
profile-delete-account = Eliminar su cuenta
profile-language-label = Idioma de sus correos
profile-language-submit = Guardar
profile-sessions-title = Dónde ha iniciado sesión
profile-sessions-end-others = Cerrar todas las demás sesiones
profile-session-this-device = (este dispositivo)
profile-session-seen = { $ip } · última actividad: { $time }
profile-session-end = Cerrar sesión
profile-session-end-label = Cerrar la sesión de { $browser } ({ $ip })

## Email change

email-change-title = Cambiar su dirección de correo electrónico
email-change-intro = Su cuenta usa { $address }. Enviaremos un enlace a la nueva dirección; su cuenta conservará esta hasta que lo abra.
email-change-email-label = Nueva dirección de correo electrónico
current-password-label = Contraseña
email-change-submit = Enviar el enlace
email-change-back = Volver a su cuenta
email-change-done-title = Revise su nueva dirección
email-change-done-text = Hemos enviado un enlace de confirmación a su nueva dirección. Su cuenta conservará su dirección actual hasta que lo abra.
email-change-done-hint = Si no llega, revise la carpeta de spam o vuelva a solicitarlo: solo funciona el enlace más reciente.
email-confirm-invalid-title = No se pudo cambiar la dirección de correo electrónico
email-confirm-invalid-text = Su dirección de correo electrónico no se ha cambiado. El enlace no era válido, posiblemente porque ya se ha utilizado, lo ha sustituido otro más reciente o ha caducado.
email-confirm-title = Confirme su nueva dirección de correo electrónico
email-confirm-text = A partir de ahora, su cuenta usará { $address }.
email-confirm-submit = Usar esta dirección
email-change-complete-title = Dirección de correo electrónico cambiada
email-change-complete-text = Su cuenta ya usa la nueva dirección. { $profile_link }
    .profile-link = Su cuenta

## "This wasn't me" (the link in a security notice)

not-me-invalid-title = Enlace no válido
not-me-invalid-text = No se ha cambiado nada. El enlace no era válido, posiblemente porque ya se ha utilizado, lo ha sustituido otro más reciente o ha caducado.
not-me-title = Proteja su cuenta
not-me-intro = Si no ha sido usted quien ha hecho el cambio del que le hemos avisado, proteja la cuenta { $username }:
not-me-sessions = se cierran todas las sesiones de la cuenta, estén donde estén;
not-me-password = su contraseña deja de funcionar;
not-me-address = la cuenta vuelve a la dirección a la que enviamos el aviso, y se envía allí un enlace para elegir una contraseña nueva.
not-me-submit = Proteger mi cuenta
not-me-done-title = Cuenta protegida
not-me-done-text = Se han cerrado todas las sesiones de la cuenta y su contraseña ya no funciona. Hemos enviado un enlace para elegir una contraseña nueva a la dirección a la que enviamos el aviso.

## Account deletion

delete-title = Eliminar su cuenta
delete-warning = Esto elimina la cuenta { $username } de inmediato y para siempre: no se puede deshacer. Su nombre de usuario y su dirección ({ $address }) quedan libres, y un último correo confirma la eliminación.
delete-confirm-hint = Introduzca su contraseña para confirmar.
delete-submit = Eliminar mi cuenta
delete-keep = Conservar mi cuenta
delete-done-title = Cuenta eliminada
delete-done-text = Su cuenta se ha eliminado. { $home_link }
    .home-link = Volver a la página de inicio

## Language picker

language-picker-label = Idioma

## Field validation (Django's wording)

login-invalid-email = Por favor, introduzca una dirección de correo electrónico y clave correctos. Observe que ambos campos pueden ser sensibles a mayúsculas.
login-invalid-either = Por favor, introduzca un nombre de usuario o dirección de correo electrónico y clave correctos. Observe que ambos campos pueden ser sensibles a mayúsculas.
password-wrong = Su contraseña es incorrecta. Por favor, vuelva a introducirla.
error-invalid-choice = Escoja una opción válida. { $value } no es una de las opciones disponibles.
error-same-email = Esta ya es su dirección de correo electrónico.

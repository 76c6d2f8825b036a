### La administración web del sitio para el personal (/admin/) (es).

## Home (src/ui/pages/admin.rs, AdminHome)

# <Title> and <h1> of /admin/
admin-title = Administración del sitio

## People (src/ui/pages/admin.rs, People)

# <Title> and <h1> of /admin/users/, and the link back to it
admin-people-title = Usuarios
# the link to the next page of the list
admin-next-page = Página siguiente
# the list when nothing matches
admin-no-match = Ninguna cuenta coincide.
admin-rows-shown =
    { $count ->
        [one] Se muestra una cuenta.
       *[other] Se muestran { $count } cuentas.
    }
# the search field's label
admin-search-label = Nombre de usuario o correo electrónico que empieza por
# the state filter's label
admin-state-label = Estado
# the search button
admin-search-submit = Buscar
# the state filter's options, and an account's state
admin-state-all = Todas
admin-state-pending = Pendiente de activación
admin-state-expired = Plazo de activación vencido
admin-state-active = Activa
admin-state-deactivated = Desactivada
admin-state-staff = Personal
# column headers
admin-col-username = Nombre de usuario
admin-col-email = Correo electrónico
admin-col-state = Estado
admin-col-joined = Fecha de registro

## One account (src/ui/pages/admin_person.rs)

# the notice after an action, followed by the action's name
admin-done = Acción realizada:
admin-last-login = Último inicio de sesión
admin-key-issued = Enlace de activación enviado
admin-key-expires = Caducidad del enlace de activación
# the accessible name of the password field of each action form
admin-password-label = Su contraseña
admin-actions-title = Acciones
# shown when the staff member's login is older than 15 minutes
admin-password-hint = Inició sesión hace más de 15 minutos: introduzca su contraseña para confirmar una acción.
admin-action-activate = Activar
admin-action-resend = Reenviar el correo de activación
admin-action-extend = Ampliar el plazo de activación
admin-action-deactivate = Desactivar
admin-action-reactivate = Reactivar
admin-action-force-reset = Forzar el restablecimiento de la contraseña
admin-action-end-sessions = Cerrar todas las sesiones
admin-action-delete = Eliminar la cuenta
admin-mails-title = Correos
admin-col-when = Fecha
admin-col-subject = Asunto
admin-col-delivery = Entrega
admin-col-attempts = Intentos
admin-col-error = Último error
admin-mail-sent = Enviado
admin-mail-failed = Fallido
admin-mail-retrying = Reintentando
admin-mail-queued = En cola
admin-trail-title = Registro de auditoría
admin-col-what = Acción
admin-col-who = Autor
admin-col-from = Origen

## Refusals of staff actions (src/server/services/staff_actions.rs)

admin-nothing-to-do = Nada que hacer: esta acción no se aplica a una cuenta en este estado.
admin-not-yourself = No puede hacer esto con su propia cuenta.
admin-password-required = Introduzca su contraseña para confirmar esta acción.

## Mail (src/ui/pages/admin_mail.rs)

# <Title>, <h1> and the home page's link
admin-mail-title = Correo saliente
# the accessible name of the delivery-state filters
admin-mail-filter-label = Estado de entrega
admin-col-to = Para
# the button of an unsent message
admin-mail-retry = Reintentar ahora
# the notice after "Retry now"
admin-mail-retried = El mensaje se volverá a enviar en un momento.
# the notice after purging
admin-mail-purged =
    { $count ->
        [one] Se eliminó { $count } mensaje enviado.
       *[other] Se eliminaron { $count } mensajes enviados.
    }
# the purge form
admin-mail-purge-label = Eliminar los mensajes enviados con más de (días)
admin-mail-purge-submit = Eliminar

## Funnel (src/ui/pages/admin_funnel.rs)

admin-funnel-title = Embudo de registro, últimos 30 días
admin-funnel-median = Tiempo mediano hasta la activación
admin-funnel-p90 = Percentil 90 del tiempo hasta la activación
admin-funnel-within-hour = Activadas en menos de una hora
admin-funnel-within-day = Activadas en menos de un día
admin-funnel-registered = Registros
admin-funnel-activated = Activaciones
admin-funnel-caption = por día, últimos 30 días
admin-funnel-day = Día
admin-funnel-delivered = Correos de activación entregados
admin-funnel-expired = Caducadas
admin-funnel-deleted = Eliminadas
admin-funnel-failures = Entregas fallidas por dominio del destinatario
admin-funnel-no-failures = Ninguna entrega fallida en estos 30 días.
admin-funnel-domain = Dominio
admin-funnel-failed = Entregas fallidas
# a duration: minutes; hours and minutes; days and hours
admin-duration-minutes = { $minutes } min
admin-duration-hours = { $hours } h { $minutes } min
admin-duration-days = { $days } d { $hours } h

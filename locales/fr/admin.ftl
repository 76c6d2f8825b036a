### L’administration web du site pour l’équipe (/admin/) (fr).

## Home (src/ui/pages/admin.rs, AdminHome)

# <Title> and <h1> of /admin/
admin-title = Administration du site

## People (src/ui/pages/admin.rs, People)

# <Title> and <h1> of /admin/users/, and the link back to it
admin-people-title = Utilisateurs
# the link to the next page of the list
admin-next-page = Page suivante
# the list when nothing matches
admin-no-match = Aucun compte ne correspond.
admin-rows-shown =
    { $count ->
        [one] Un compte affiché.
       *[other] { $count } comptes affichés.
    }
# the search field's label
admin-search-label = Nom d’utilisateur ou adresse e-mail commençant par
# the state filter's label
admin-state-label = État
# the search button
admin-search-submit = Rechercher
# the state filter's options, and an account's state
admin-state-all = Tous
admin-state-pending = En attente d’activation
admin-state-expired = Délai d’activation dépassé
admin-state-active = Actif
admin-state-deactivated = Désactivé
admin-state-staff = Équipe
# column headers
admin-col-username = Nom d’utilisateur
admin-col-email = Adresse e-mail
admin-col-state = État
admin-col-joined = Date d’inscription

## One account (src/ui/pages/admin_person.rs)

# the notice after an action, followed by the action's name
admin-done = Action effectuée :
admin-last-login = Dernière connexion
admin-key-issued = Lien d’activation envoyé
admin-key-expires = Expiration du lien d’activation
# the accessible name of the password field of each action form
admin-password-label = Votre mot de passe
admin-actions-title = Actions
# shown when the staff member's login is older than 15 minutes
admin-password-hint = Votre connexion date de plus de 15 minutes : saisissez votre mot de passe pour confirmer une action.
admin-action-activate = Activer
admin-action-resend = Renvoyer l’e-mail d’activation
admin-action-extend = Prolonger le délai d’activation
admin-action-deactivate = Désactiver
admin-action-reactivate = Réactiver
admin-action-force-reset = Forcer la réinitialisation du mot de passe
admin-action-end-sessions = Fermer toutes les sessions
admin-action-delete = Supprimer le compte
admin-mails-title = E-mails
admin-col-when = Date
admin-col-subject = Objet
admin-col-delivery = Envoi
admin-col-attempts = Tentatives
admin-col-error = Dernière erreur
admin-mail-sent = Envoyé
admin-mail-failed = Échec
admin-mail-retrying = Nouvelle tentative
admin-mail-queued = En file d’attente
admin-trail-title = Journal d’audit
admin-col-what = Action
admin-col-who = Auteur
admin-col-from = Provenance

## Refusals of staff actions (src/server/services/staff_actions.rs)

admin-nothing-to-do = Rien à faire : cette action ne s’applique pas à un compte dans cet état.
admin-not-yourself = Vous ne pouvez pas effectuer cette action sur votre propre compte.
admin-password-required = Saisissez votre mot de passe pour confirmer cette action.

## Mail (src/ui/pages/admin_mail.rs)

# <Title>, <h1> and the home page's link
admin-mail-title = Courriels sortants
# the accessible name of the delivery-state filters
admin-mail-filter-label = État de l’envoi
admin-col-to = À
# the button of an unsent message
admin-mail-retry = Réessayer maintenant
# the notice after "Retry now"
admin-mail-retried = Le message sera renvoyé dans un instant.
# the notice after purging
admin-mail-purged =
    { $count ->
        [one] { $count } message envoyé a été supprimé.
       *[other] { $count } messages envoyés ont été supprimés.
    }
# the purge form
admin-mail-purge-label = Supprimer les messages envoyés de plus de (jours)
admin-mail-purge-submit = Supprimer

## Funnel (src/ui/pages/admin_funnel.rs)

admin-funnel-title = Entonnoir d’inscription, 30 derniers jours
admin-funnel-median = Délai médian avant activation
admin-funnel-p90 = 90ᵉ centile du délai avant activation
admin-funnel-within-hour = Activés en moins d’une heure
admin-funnel-within-day = Activés en moins d’un jour
admin-funnel-registered = Inscriptions
admin-funnel-activated = Activations
admin-funnel-caption = par jour, sur les 30 derniers jours
admin-funnel-day = Jour
admin-funnel-delivered = Courriels d’activation remis
admin-funnel-expired = Expirés
admin-funnel-deleted = Supprimés
admin-funnel-failures = Échecs de remise par domaine du destinataire
admin-funnel-no-failures = Aucun échec de remise sur ces 30 jours.
admin-funnel-domain = Domaine
admin-funnel-failed = Échecs de remise
# a duration: minutes; hours and minutes; days and hours
admin-duration-minutes = { $minutes } min
admin-duration-hours = { $hours } h { $minutes } min
admin-duration-days = { $days } j { $hours } h

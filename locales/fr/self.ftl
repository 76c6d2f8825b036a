### Self-service pages (fr).

## Log in

login-email-label = Adresse e-mail
login-either-label = Nom d’utilisateur ou adresse e-mail
login-remember-me = Se souvenir de moi

## Profile

profile-pending-email = En attente de confirmation : { $address } (suivez le lien que nous y avons envoyé)
profile-change-email = Modifier votre adresse e-mail
profile-delete-account = Supprimer votre compte
profile-language-label = Langue de vos e-mails
profile-language-submit = Enregistrer
profile-sessions-title = Où vous êtes connecté
profile-sessions-end-others = Fermer toutes les autres sessions
profile-session-this-device = (cet appareil)
profile-session-seen = { $ip } · dernière activité : { $time }
profile-session-end = Déconnecter
profile-session-end-label = Déconnecter { $browser } ({ $ip })

## Email change

email-change-title = Modifier votre adresse e-mail
email-change-intro = Votre compte utilise { $address }. Nous enverrons un lien à la nouvelle adresse ; votre compte conserve celle-ci tant que vous ne l’avez pas suivi.
email-change-email-label = Nouvelle adresse e-mail
current-password-label = Mot de passe
email-change-submit = Envoyer le lien
email-change-back = Retour à votre compte
email-change-done-title = Vérifiez votre nouvelle adresse
email-change-done-text = Nous avons envoyé un lien de confirmation à votre nouvelle adresse. Votre compte conserve son adresse actuelle tant que vous ne l’avez pas suivi.
email-change-done-hint = S’il n’arrive pas, consultez votre dossier de spam ou refaites la demande : seul le dernier lien fonctionne.
email-confirm-invalid-title = Échec de la modification de l’adresse e-mail
email-confirm-invalid-text = Votre adresse e-mail n’a pas été modifiée. Le lien n’était pas valide, peut-être parce qu’il a déjà été utilisé, qu’un lien plus récent l’a remplacé ou qu’il a expiré.
email-confirm-title = Confirmez votre nouvelle adresse e-mail
email-confirm-text = Votre compte utilisera désormais { $address }.
email-confirm-submit = Utiliser cette adresse
email-change-complete-title = Adresse e-mail modifiée
email-change-complete-text = Votre compte utilise désormais sa nouvelle adresse. { $profile_link }
    .profile-link = Votre compte

## "This wasn't me" (the link in a security notice)

not-me-invalid-title = Lien non valide
not-me-invalid-text = Rien n’a été modifié. Le lien n’était pas valide, peut-être parce qu’il a déjà été utilisé, qu’un lien plus récent l’a remplacé ou qu’il a expiré.
not-me-title = Sécurisez votre compte
not-me-intro = Si vous n’êtes pas à l’origine de la modification que nous vous avons signalée, sécurisez le compte { $username } :
not-me-sessions = toutes les sessions du compte sont fermées, où qu’elles soient ;
not-me-password = son mot de passe ne fonctionne plus ;
not-me-address = le compte retrouve l’adresse à laquelle notre alerte a été envoyée, et un lien pour choisir un nouveau mot de passe y est envoyé.
not-me-submit = Sécuriser mon compte
not-me-done-title = Compte sécurisé
not-me-done-text = Toutes les sessions du compte ont été fermées et son mot de passe ne fonctionne plus. Nous avons envoyé un lien pour choisir un nouveau mot de passe à l’adresse de notre alerte.

## Account deletion

delete-title = Supprimer votre compte
delete-warning = Cette action supprime le compte { $username } immédiatement et définitivement : elle est irréversible. Son nom d’utilisateur et son adresse ({ $address }) redeviennent disponibles, et un dernier e-mail confirme la suppression.
delete-confirm-hint = Saisissez votre mot de passe pour confirmer.
delete-submit = Supprimer mon compte
delete-keep = Conserver mon compte
delete-done-title = Compte supprimé
delete-done-text = Votre compte a été supprimé. { $home_link }
    .home-link = Retour à la page d’accueil

## Language picker

language-picker-label = Langue

## Field validation (Django's wording)

login-invalid-email = Saisissez une adresse e-mail et un mot de passe valides. Remarquez que chacun de ces champs est sensible à la casse (différenciation des majuscules/minuscules).
login-invalid-either = Saisissez un nom d’utilisateur ou une adresse e-mail et un mot de passe valides. Remarquez que chacun de ces champs est sensible à la casse (différenciation des majuscules/minuscules).
password-wrong = Votre mot de passe est incorrect. Veuillez le rectifier.
error-invalid-choice = Sélectionnez un choix valide. { $value } n’en fait pas partie.
error-same-email = C’est déjà votre adresse e-mail.

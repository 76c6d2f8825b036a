### Pages, formulaires, messages de validation et d’erreur (fr).
### Mêmes identifiants et variables que locales/en/main.ftl, où figurent les emplacements source.
### Les messages de validation reprennent la traduction française officielle de Django quand elle existe.

## Site frame

site-name = Inscription
nav-log-out = Se déconnecter
nav-log-in = Se connecter
nav-register = S’inscrire

## Home page

home-title = Bienvenue
home-heading-user = Bienvenue, { $username }
home-link-account = Votre compte
home-link-change-password = Modifier votre mot de passe
home-link-register = S’inscrire
home-link-resend = Renvoyer l’e-mail d’activation
home-link-log-in = Se connecter

## Terms of Service

terms-title = Conditions d’utilisation
terms-agreement = En vous inscrivant, vous vous engagez à utiliser ce site de manière licite et à garder votre mot de passe pour vous.
terms-deletion = Les comptes qui ne sont pas activés dans le délai d’activation sont supprimés.

## Registration form

register-title = Créer un compte
register-resend-hint = Vous n’avez pas reçu l’e-mail d’activation ? { $resend_link }
    .resend-link = Le renvoyer
register-username-label = Nom d’utilisateur
register-email-label = Adresse e-mail
register-password1-label = Mot de passe
register-password2-label = Confirmation du mot de passe
register-tos-label = J’ai lu et j’accepte les { $terms_link }
    .terms-link = conditions d’utilisation
register-use-suggestion = Utiliser { $address }
register-honeypot-label = Laissez ce champ vide
register-submit = S’inscrire

## After registering

register-complete-title = E-mail d’activation envoyé
register-complete-check-address = Consultez la boîte de réception de { $address } : vous y trouverez un e-mail contenant un lien pour activer votre compte.
register-complete-check-inbox = Consultez la boîte de réception de l’adresse e-mail utilisée lors de votre inscription : vous y trouverez un lien pour activer votre compte.
register-complete-validity = Le lien n’est valable que pendant une durée limitée. Rien reçu ? { $resend_link }.
    .resend-link = Le renvoyer
register-closed-title = Les inscriptions sont fermées
register-closed-text = Désolé, les inscriptions sont fermées pour le moment. Revenez plus tard.

## Activation

activate-complete-title = Compte activé
activate-complete-heading = Votre compte est maintenant activé.
activate-complete-text = Vous pouvez maintenant { $login_link }.
    .login-link = vous connecter
activate-failed-title = Échec de l’activation
activate-failed-heading = L’activation du compte a échoué
activate-confirm-title = Activer votre compte
activate-confirm-account = Ce lien active le compte { $username }.
activate-confirm-press = Cliquez sur le bouton pour l’activer.
activate-confirm-press-log-in = Cliquez sur le bouton pour l’activer et vous connecter.
activate-confirm-submit = Activer mon compte
activate-already-activated = Ce compte a déjà été activé avec ce lien.
activate-already-log-in = Vous pouvez { $login_link } avec votre nom d’utilisateur et votre mot de passe.
    .login-link = vous connecter
activate-expired = Ce lien d’activation a expiré.
activate-expired-renew = M’envoyer un nouveau lien
activate-expired-hint = Le nouveau lien sera envoyé à l’adresse utilisée lors de votre inscription. Vous pouvez aussi { $register_link }.
    .register-link = vous inscrire à nouveau
activate-invalid = Ce lien d’activation n’est pas valide. Vérifiez que vous avez bien copié le lien complet depuis l’e-mail.
activate-invalid-hint = Vous pouvez { $resend_link } ou { $register_link }.
    .resend-link = demander un nouveau lien d’activation
    .register-link = vous inscrire
activate-renewed-title = Nouveau lien d’activation envoyé
activate-renewed-text = Si ce lien correspondait à une inscription en attente d’activation, un nouveau lien est en route vers l’adresse utilisée lors de cette inscription.
common-check-inbox = Consultez votre boîte de réception (et votre dossier de spam).

## Resend the activation email

resend-title = Renvoyer l’e-mail d’activation
resend-email-label = Adresse e-mail
resend-submit = Envoyer
resend-sent = Si { $email } correspond à un compte en attente d’activation, nous y avons envoyé un nouveau lien d’activation.

## Log in, log out, profile

login-title = Connexion
login-username-label = Nom d’utilisateur
login-password-label = Mot de passe
login-submit = Se connecter
login-forgot-password = Mot de passe oublié ?
login-register-link = S’inscrire
logout-title = Déconnexion
logout-done-heading = Déconnecté
logout-done-text = Vous avez été déconnecté. { $login_link }
    .login-link = Se reconnecter
logout-submit = Se déconnecter
profile-title = Votre compte
profile-username = Nom d’utilisateur : { $username }
profile-email = Adresse e-mail : { $email }
profile-change-password = Modifier votre mot de passe

## Password change and reset pages

password-new-label = Nouveau mot de passe
password-new-confirm-label = Confirmation du nouveau mot de passe
password-old-label = Ancien mot de passe
password-change-title = Modification du mot de passe
password-change-submit = Modifier mon mot de passe
password-change-done-title = Mot de passe modifié avec succès
password-change-done-text = Votre mot de passe a été modifié.
password-reset-title = Réinitialisation du mot de passe
password-reset-intro = Mot de passe oublié ? Saisissez votre adresse e-mail ci-dessous et nous vous enverrons par e-mail les instructions pour en définir un nouveau.
password-reset-email-label = Adresse e-mail
password-reset-submit = Réinitialiser mon mot de passe
password-reset-done-title = E-mail de réinitialisation envoyé
password-reset-done-text = Si un compte existe avec l’adresse e-mail saisie, nous vous avons envoyé les instructions pour définir votre mot de passe. Vous devriez les recevoir sous peu.
password-reset-done-hint = Si vous ne recevez pas d’e-mail, vérifiez que vous avez saisi l’adresse utilisée lors de votre inscription et consultez votre dossier de spam.
password-reset-invalid-title = Échec de la réinitialisation du mot de passe
password-reset-invalid-text = Le lien de réinitialisation du mot de passe n’était pas valide, peut-être parce qu’il a déjà été utilisé. Veuillez faire une nouvelle demande de réinitialisation.
password-reset-invalid-link = Demander une nouvelle réinitialisation
password-reset-confirm-title = Saisissez un nouveau mot de passe
password-reset-confirm-intro = Saisissez deux fois votre nouveau mot de passe afin que nous puissions vérifier que vous l’avez correctement tapé.
password-reset-confirm-submit = Modifier mon mot de passe
password-reset-complete-title = Réinitialisation du mot de passe terminée
password-reset-complete-text = Votre mot de passe a été défini. Vous pouvez dès maintenant { $login_link }.
    .login-link = vous connecter

## Page not found

not-found-title = Page introuvable
not-found-text = Il n’y a rien à cette adresse. { $home_link }.
    .home-link = Aller à la page d’accueil

## Field validation (Django's wording)

error-required = Ce champ est obligatoire.
error-invalid-username = Saisissez un nom d’utilisateur valide. Il ne peut contenir que des lettres, des nombres ou les caractères « @ », « . », « + », « - » et « _ ».
error-duplicate-username = Un utilisateur avec ce nom existe déjà.
error-invalid-email = Saisissez une adresse e-mail valide.
error-duplicate-email = Cette adresse e-mail est déjà utilisée. Veuillez indiquer une autre adresse e-mail.
error-free-email = L’inscription avec une adresse e-mail gratuite n’est pas autorisée. Veuillez indiquer une autre adresse e-mail.
error-disposable-email = L’inscription avec une adresse e-mail jetable n’est pas autorisée. Veuillez indiquer une autre adresse e-mail.
error-domain-cannot-receive = Ce domaine de messagerie ne peut pas recevoir d’e-mails.
error-tos-required = Vous devez accepter les conditions pour vous inscrire
error-null-characters = Le caractère nul n’est pas autorisé.
error-too-long =
    Assurez-vous que cette valeur comporte au plus { $max ->
        [one] { $max } caractère
       *[other] { $max } caractères
    } (actuellement { $actual }).
error-did-you-mean = Vouliez-vous dire { $address } ?
error-try-again = Un problème est survenu de notre côté. Veuillez réessayer dans un instant.
error-rate-limited =
    Trop de tentatives. Veuillez patienter { $retry_after ->
        [one] { $retry_after } seconde
       *[other] { $retry_after } secondes
    }, puis réessayer.
login-invalid = Saisissez un nom d’utilisateur et un mot de passe valides. Remarquez que chacun de ces champs est sensible à la casse (différenciation des majuscules/minuscules).
password-wrong-old = Votre ancien mot de passe est incorrect. Veuillez le rectifier.

## Password validators (Django's wording)

password-mismatch = Les deux mots de passe ne correspondent pas.
password-too-short =
    Ce mot de passe est trop court. Il doit contenir au minimum { $min ->
        [one] { $min } caractère
       *[other] { $min } caractères
    }.
password-too-common = Ce mot de passe est trop courant.
password-entirely-numeric = Ce mot de passe est entièrement numérique.
password-similar-username = Le mot de passe est trop semblable au champ « nom d’utilisateur ».
password-similar-email = Le mot de passe est trop semblable au champ « adresse e-mail ».
password-help-similarity = Votre mot de passe ne peut pas trop ressembler à vos autres informations personnelles.
password-help-min-length =
    Votre mot de passe doit contenir au minimum { $min ->
        [one] { $min } caractère
       *[other] { $min } caractères
    }.
password-help-common = Votre mot de passe ne peut pas être un mot de passe couramment utilisé.
password-help-numeric = Votre mot de passe ne peut pas être entièrement numérique.

## HTTP error answers (plain HTML door)

http-too-many-title = Trop de tentatives
common-wait-retry =
    Veuillez patienter { $retry_after ->
        [one] { $retry_after } seconde
       *[other] { $retry_after } secondes
    }, puis réessayer.
http-unavailable = Ce service est momentanément indisponible. Veuillez réessayer dans un instant.
http-bad-form = Le formulaire n’a pas pu être lu.
http-bad-host = Requête incorrecte (400) : ce site ne répond pas à ce nom d’hôte.
http-cross-site = Interdit : ce formulaire a été envoyé depuis un autre site.
http-too-large-title = Requête trop volumineuse
http-too-large-text = Le formulaire envoyé dépasse la taille acceptée par ce site. Revenez en arrière, raccourcissez votre saisie et réessayez.
http-starting = Le service est en cours de démarrage. Veuillez réessayer dans quelques secondes.

## JSON API problem details

problem-cross-site = Cette requête a été envoyée depuis un autre site.
problem-no-such-operation = Cette opération n’existe pas.
problem-not-found = Cette action n’est pas disponible sur ce site.
problem-invalid-input = La saisie comporte des erreurs.
problem-rate-limited = Trop de tentatives.
problem-login-required = Vous devez vous connecter.
problem-registration-closed = Les inscriptions sont fermées.
problem-already-logged-in = Vous êtes déjà connecté.
problem-invalid-token = Le lien de réinitialisation du mot de passe n’était pas valide, peut-être parce qu’il a déjà été utilisé.
problem-invalid-link = Le lien n’était pas valide, peut-être parce qu’il a déjà été utilisé ou qu’il a expiré.
problem-unavailable = Un problème est survenu de notre côté.
problem-unavailable-detail = Veuillez réessayer dans un instant.
problem-activation-key-invalid = Cette clé d’activation n’est pas valide.
problem-activation-key-expired = Cette clé d’activation a expiré.
problem-activation-key-expired-detail = Demandez un nouvel e-mail d’activation.
problem-already-activated = Ce compte a déjà été activé.
problem-unsupported-media-type = Envoyez le corps de la requête au format application/json.
problem-malformed-body = Le corps de la requête n’a pas pu être lu.

## Development mailbox

devmail-title = Boîte aux lettres de développement
devmail-nav-label = Développement
devmail-nav-mailbox = Boîte aux lettres
devmail-nav-register = S’inscrire
devmail-intro =
    { $capacity ->
        [one] Le dernier e-mail envoyé
       *[other] Les { $capacity } derniers e-mails envoyés
    } par ce serveur ({ $setting }, uniquement pour le développement). Les plus récents en premier.
devmail-col-received = Reçu
devmail-col-to = À
devmail-col-subject = Objet
devmail-col-from = De
devmail-empty = Aucun e-mail pour l’instant. { $register_link }, puis revenez ici pour ouvrir l’e-mail d’activation.
    .register-link = Inscrivez-vous
devmail-view-html = Afficher la version HTML
devmail-back = Retour à la boîte aux lettres
devmail-no-such-mail = E-mail introuvable (la boîte aux lettres conserve les { $capacity } derniers).
devmail-no-html-part = E-mail introuvable, ou sans partie HTML.

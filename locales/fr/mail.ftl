### Objets et corps des e-mails (fr). Mêmes identifiants et variables que locales/en/mail.ftl.

## Shared by all three mails

mail-greeting = Bonjour { $username },
mail-team-signature = L’équipe { $site_name }

## Activation mail

mail-activation-subject = Activation de votre compte sur { $site_name }
mail-activation-intro =
    Vous (ou quelqu’un se faisant passer pour vous) avez demandé l’inscription d’un
    compte sur { $site_name }. Si ce n’était pas vous, ignorez simplement cet e-mail :
    votre adresse sera supprimée de nos fichiers.
mail-activation-link-prompt =
    Pour activer ce compte, cliquez sur le lien suivant dans un délai de
    { $expiration_days ->
        [one] { $expiration_days } jour
       *[other] { $expiration_days } jours
    } :
mail-activation-signoff = Cordialement,
mail-activation-signature = L’équipe { $site_name }

## Password reset mail

mail-password-reset-subject = Réinitialisation du mot de passe sur { $site_name }
mail-password-reset-intro =
    Vous recevez ce message en réponse à votre demande de réinitialisation du mot de passe
    de votre compte sur { $site_name }.
mail-password-reset-link-prompt = Veuillez vous rendre sur cette page et choisir un nouveau mot de passe :
mail-password-reset-validity =
    Le lien ne fonctionne qu’une seule fois, pendant { $timeout_hours ->
        [one] { $timeout_hours } heure
       *[other] { $timeout_hours } heures
    }.
mail-password-reset-username = Votre nom d’utilisateur, en cas d’oubli : { $username }
mail-password-reset-thanks = Merci d’utiliser notre site !

## "Account exists" mail

mail-account-exists-subject = Vous avez déjà un compte sur { $site_name }
mail-account-exists-intro =
    Quelqu’un (peut-être vous) a tenté d’inscrire un nouveau compte sur { $site_name }
    avec cette adresse e-mail. Un compte existe déjà avec cette adresse : aucun nouveau
    compte n’a donc été créé.
mail-account-exists-login-text = Si c’était vous, connectez-vous avec votre nom d’utilisateur ({ $username }) :
mail-account-exists-login-html = Si c’était vous, { $login_link } avec votre nom d’utilisateur ({ $username }).
    .login-link = connectez-vous
mail-account-exists-reset-text = Mot de passe oublié ? Choisissez-en un nouveau ici :
mail-account-exists-reset-html = Mot de passe oublié ? { $reset_link }.
    .reset-link = Choisissez-en un nouveau
mail-account-exists-ignore = Si ce n’était pas vous, vous pouvez ignorer cet e-mail : rien n’a changé.

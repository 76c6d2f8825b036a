### Self-service pages (pt-BR).

## Log in

login-email-label = Endereço de e-mail
login-either-label = Nome de usuário ou endereço de e-mail
login-remember-me = Lembrar de mim

## Profile

profile-pending-email = Aguardando confirmação: { $address } (acesse o link que enviamos para esse endereço)
profile-change-email = Alterar seu endereço de e-mail
profile-delete-account = Excluir sua conta
profile-language-label = Idioma dos seus e-mails
profile-language-submit = Salvar
profile-sessions-title = Onde você está conectado
profile-sessions-end-others = Encerrar todas as outras sessões
profile-session-this-device = (este dispositivo)
profile-session-seen = { $ip } · última atividade: { $time }
profile-session-end = Encerrar sessão
profile-session-end-label = Encerrar a sessão em { $browser } ({ $ip })

## Email change

email-change-title = Alterar seu endereço de e-mail
email-change-intro = Sua conta usa { $address }. Enviaremos um link para o novo endereço; sua conta continuará com este até que você acesse o link.
email-change-email-label = Novo endereço de e-mail
current-password-label = Senha
email-change-submit = Enviar o link
email-change-back = Voltar para sua conta
email-change-done-title = Verifique seu novo endereço
email-change-done-text = Enviamos um link de confirmação para seu novo endereço. Sua conta continuará com o endereço atual até que você acesse o link.
email-change-done-hint = Se ele não chegar, verifique sua pasta de spam ou peça novamente: apenas o link mais recente funciona.
email-confirm-invalid-title = Falha na alteração do endereço de e-mail
email-confirm-invalid-text = Seu endereço de e-mail não foi alterado. O link era inválido, possivelmente porque já foi usado, foi substituído por um mais recente ou expirou.
email-confirm-title = Confirme seu novo endereço de e-mail
email-confirm-text = A partir de agora, sua conta usará { $address }.
email-confirm-submit = Usar este endereço
email-change-complete-title = Endereço de e-mail alterado
email-change-complete-text = Sua conta agora usa o novo endereço. { $profile_link }
    .profile-link = Sua conta

## "This wasn't me" (the link in a security notice)

not-me-invalid-title = Link inválido
not-me-invalid-text = Nada foi alterado. O link era inválido, possivelmente porque já foi usado, foi substituído por um mais recente ou expirou.
not-me-title = Proteja sua conta
not-me-intro = Se não foi você quem fez a alteração que informamos, proteja a conta { $username }:
not-me-sessions = todas as sessões da conta são encerradas, onde quer que estejam;
not-me-password = a senha deixa de funcionar;
not-me-address = a conta volta para o endereço que recebeu nosso aviso, e um link para escolher uma nova senha é enviado para lá.
not-me-submit = Proteger minha conta
not-me-done-title = Conta protegida
not-me-done-text = Todas as sessões da conta foram encerradas e a senha não funciona mais. Enviamos um link para escolher uma nova senha para o endereço que recebeu nosso aviso.

## Account deletion

delete-title = Excluir sua conta
delete-warning = Isto exclui a conta { $username } imediatamente e de forma definitiva: não é possível desfazer. O nome de usuário e o endereço ({ $address }) ficam disponíveis novamente, e um último e-mail confirma a exclusão.
delete-confirm-hint = Informe sua senha para confirmar.
delete-submit = Excluir minha conta
delete-keep = Manter minha conta
delete-done-title = Conta excluída
delete-done-text = Sua conta foi excluída. { $home_link }
    .home-link = Voltar para a página inicial

## Language picker

language-picker-label = Idioma

## Field validation (Django's wording)

login-invalid-email = Por favor, entre com um endereço de e-mail e senha corretos. Note que ambos os campos diferenciam maiúsculas e minúsculas.
login-invalid-either = Por favor, entre com um nome de usuário ou endereço de e-mail e senha corretos. Note que ambos os campos diferenciam maiúsculas e minúsculas.
password-wrong = A senha foi digitada incorretamente. Por favor, informe-a novamente.
error-invalid-choice = Faça uma escolha válida. { $value } não é uma das escolhas disponíveis.
error-same-email = Este já é o seu endereço de e-mail.

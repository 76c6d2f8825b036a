### メールの件名と本文 (ja)。ID と変数は locales/en/mail.ftl と同じです。

## Shared by all three mails

mail-greeting = { $username } 様
mail-team-signature = { $site_name } チーム

## Activation mail

mail-activation-subject = { $site_name } のアカウント有効化
mail-activation-intro =
    あなた（またはあなたになりすました誰か）が { $site_name } でのアカウント登録を申し込みました。
    お心当たりがない場合は、このメールを無視してください。あなたのメールアドレスは記録から削除されます。
mail-activation-link-prompt = このアカウントを有効にするには、{ $expiration_days } 日以内に次のリンクをクリックしてください:
mail-activation-signoff = 今後ともよろしくお願いいたします。
mail-activation-signature = { $site_name } 運営事務局

## Password reset mail

mail-password-reset-subject = { $site_name } のパスワードリセット
mail-password-reset-intro = このメールは { $site_name } で、あなたのアカウントのパスワードリセットが要求されたため、送信されました。
mail-password-reset-link-prompt = 次のページで新しいパスワードを選んでください:
mail-password-reset-validity = このリンクは 1 回だけ、今から { $timeout_hours } 時間以内に使用できます。
mail-password-reset-username = あなたのユーザー名 (念のため): { $username }
mail-password-reset-thanks = ご利用ありがとうございました！

## "Account exists" mail

mail-account-exists-subject = { $site_name } のアカウントはすでにお持ちです
mail-account-exists-intro =
    どなたか（あなたご自身かもしれません）が、このメールアドレスで { $site_name } に新しいアカウントを登録しようとしました。
    このアドレスのアカウントはすでに存在するため、新しいアカウントは作成されていません。
mail-account-exists-login-text = ご自身による操作の場合は、ユーザー名（{ $username }）でログインしてください:
mail-account-exists-login-html = ご自身による操作の場合は、ユーザー名（{ $username }）で{ $login_link }してください。
    .login-link = ログイン
mail-account-exists-reset-text = パスワードをお忘れですか？ こちらから新しいパスワードを設定できます:
mail-account-exists-reset-html = パスワードをお忘れですか？ { $reset_link }。
    .reset-link = 新しいパスワードを設定してください
mail-account-exists-ignore = お心当たりがない場合は、このメールを無視してください。何も変更されていません。

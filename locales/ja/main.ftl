### ページ、フォーム、入力チェックとエラーのメッセージ (ja)。
### ID と変数は locales/en/main.ftl と同じです(ソースの場所は en 側のコメントを参照)。
### 入力チェックのメッセージは、Django の公式日本語訳があるものはそれに従っています。
### 日本語には複数形の区別がないため、数の選択式は使っていません。

## Site frame

site-name = アカウント登録
nav-log-out = ログアウト
nav-log-in = ログイン
nav-register = 新規登録

## Home page

home-title = ようこそ
home-heading-user = ようこそ、{ $username } さん
home-link-account = アカウント情報
home-link-change-password = パスワードを変更する
home-link-register = 新規登録
home-link-resend = 有効化メールを再送信する
home-link-log-in = ログイン

## Terms of Service

terms-title = 利用規約
terms-agreement = 登録することにより、本サイトを法令に従って利用し、パスワードを他人に教えないことに同意したものとみなされます。
terms-deletion = 有効化期間内に有効化されなかったアカウントは削除されます。

## Registration form

register-title = アカウントを作成
register-resend-hint = 有効化メールが届きませんか？ { $resend_link }
    .resend-link = 再送信する
register-username-label = ユーザー名
register-email-label = メールアドレス
register-password1-label = パスワード
register-password2-label = パスワード（確認用）
register-tos-label = { $terms_link }を読み、同意します
    .terms-link = 利用規約
register-use-suggestion = { $address } を使用する
register-honeypot-label = この欄は空欄のままにしてください
register-submit = 登録する

## After registering

register-complete-title = 有効化メールを送信しました
register-complete-check-address = { $address } 宛てに、アカウントを有効化するためのリンクを記載したメールを送信しました。受信トレイをご確認ください。
register-complete-check-inbox = 登録したメールアドレス宛てに、アカウントを有効化するためのリンクを送信しました。受信トレイをご確認ください。
register-complete-validity = リンクの有効期限は限られています。メールが届いていない場合は、{ $resend_link }。
    .resend-link = 再送信してください
register-closed-title = 現在、登録を受け付けていません
register-closed-text = 申し訳ありませんが、現在は登録を受け付けていません。しばらくしてから改めてお越しください。

## Activation

activate-complete-title = アカウントが有効になりました
activate-complete-heading = アカウントが有効になりました。
activate-complete-text = これで{ $login_link }できます。
    .login-link = ログイン
activate-failed-title = 有効化に失敗しました
activate-failed-heading = アカウントの有効化に失敗しました
activate-confirm-title = アカウントを有効化
activate-confirm-account = このリンクで有効化されるアカウント: { $username }
activate-confirm-press = ボタンを押すと、アカウントが有効になります。
activate-confirm-press-log-in = ボタンを押すと、アカウントが有効になり、ログインします。
activate-confirm-submit = アカウントを有効化する
activate-already-activated = このアカウントは、このリンクですでに有効化されています。
activate-already-log-in = ユーザー名とパスワードで{ $login_link }できます。
    .login-link = ログイン
activate-expired = この有効化リンクは期限切れです。
activate-expired-renew = 新しいリンクを送信する
activate-expired-hint = 新しいリンクは登録時のメールアドレスに送信されます。{ $register_link }こともできます。
    .register-link = もう一度登録する
activate-invalid = この有効化リンクは無効です。メールに記載されたリンクを最後まで正しくコピーしたかご確認ください。
activate-invalid-hint = { $resend_link }か、{ $register_link }ことができます。
    .resend-link = 新しい有効化リンクをリクエストする
    .register-link = 新規登録する
activate-renewed-title = 新しい有効化リンクを送信しました
activate-renewed-text = このリンクが有効化待ちの登録のものであれば、登録時のメールアドレス宛てに新しいリンクを送信しました。
common-check-inbox = 受信トレイ（および迷惑メールフォルダ）をご確認ください。

## Resend the activation email

resend-title = 有効化メールを再送信
resend-email-label = メールアドレス
resend-submit = 送信
resend-sent = { $email } が有効化待ちのアカウントのものであれば、そのアドレス宛てに新しい有効化リンクを送信しました。

## Log in, log out, profile

login-title = ログイン
login-username-label = ユーザー名
login-password-label = パスワード
login-submit = ログイン
login-forgot-password = パスワードをお忘れですか？
login-register-link = 新規登録
logout-title = ログアウト
logout-done-heading = ログアウトしました
logout-done-text = ログアウトしました。{ $login_link }
    .login-link = もう一度ログイン
logout-submit = ログアウト
profile-title = アカウント情報
profile-username = ユーザー名: { $username }
profile-email = メールアドレス: { $email }
profile-change-password = パスワードを変更する

## Password change and reset pages

password-new-label = 新しいパスワード
password-new-confirm-label = 新しいパスワード（確認用）
password-old-label = 元のパスワード
password-change-title = パスワードの変更
password-change-submit = パスワードを変更する
password-change-done-title = パスワードを変更しました
password-change-done-text = パスワードが変更されました。
password-reset-title = パスワードをリセット
password-reset-intro = パスワードをお忘れですか？ 下にメールアドレスを入力していただければ、新しいパスワードの設定方法をメールでお送りします。
password-reset-email-label = メールアドレス
password-reset-submit = パスワードをリセットする
password-reset-done-title = パスワードリセットを送信しました
password-reset-done-text = 入力されたメールアドレスのアカウントが存在する場合は、パスワードの設定方法をメールでお送りしました。まもなく届くはずです。
password-reset-done-hint = メールが届かない場合は、登録時のメールアドレスを入力したかをご確認のうえ、迷惑メールフォルダもご確認ください。
password-reset-invalid-title = パスワードのリセットに失敗しました
password-reset-invalid-text = パスワードリセットのリンクが無効です。すでに使用された可能性があります。もう一度パスワードのリセットをリクエストしてください。
password-reset-invalid-link = パスワードのリセットを再度リクエストする
password-reset-confirm-title = 新しいパスワードを入力してください
password-reset-confirm-intro = 入力ミスがないか確認するため、新しいパスワードを 2 回入力してください。
password-reset-confirm-submit = パスワードを変更する
password-reset-complete-title = パスワードがリセットされました
password-reset-complete-text = パスワードが設定されました。さっそく{ $login_link }できます。
    .login-link = ログイン

## Page not found

not-found-title = ページが見つかりません
not-found-text = このアドレスには何もありません。{ $home_link }。
    .home-link = ホームページに移動

## Field validation (Django's wording)

error-required = このフィールドは必須です。
error-invalid-username = 有効なユーザー名を入力してください。使用できるのは文字、数字、および @/./+/-/_ のみです。
error-duplicate-username = 同じユーザー名が既に登録済みです。
error-invalid-email = 有効なメールアドレスを入力してください。
error-duplicate-email = このメールアドレスはすでに使用されています。別のメールアドレスを入力してください。
error-free-email = 無料メールアドレスでの登録はできません。別のメールアドレスを入力してください。
error-disposable-email = 使い捨てメールアドレスでの登録はできません。別のメールアドレスを入力してください。
error-domain-cannot-receive = このメールアドレスのドメインはメールを受信できません。
error-tos-required = 登録するには利用規約に同意する必要があります
error-null-characters = ヌル文字は使用できません。
error-too-long = この値は { $max } 文字以下にしてください（現在 { $actual } 文字です）。
error-did-you-mean = { $address } の間違いではありませんか？
error-try-again = サーバー側で問題が発生しました。しばらくしてからもう一度お試しください。
error-rate-limited = 試行回数が多すぎます。{ $retry_after } 秒待ってから、もう一度お試しください。
login-invalid = 正しいユーザー名とパスワードを入力してください。どちらのフィールドも大文字と小文字は区別されます。
password-wrong-old = 元のパスワードが間違っています。もう一度入力してください。

## Password validators (Django's wording)

password-mismatch = 確認用パスワードが一致しません。
password-too-short = このパスワードは短すぎます。最低 { $min } 文字以上必要です。
password-too-common = このパスワードは一般的すぎます。
password-entirely-numeric = このパスワードは数字しか使われていません。
password-similar-username = このパスワードはユーザー名と似すぎています。
password-similar-email = このパスワードはメールアドレスと似すぎています。
password-help-similarity = あなたの他の個人情報と似ているパスワードにはできません。
password-help-min-length = パスワードは最低 { $min } 文字以上必要です。
password-help-common = よく使われるパスワードにはできません。
password-help-numeric = 数字だけのパスワードにはできません。

## HTTP error answers (plain HTML door)

http-too-many-title = 試行回数が多すぎます
common-wait-retry = { $retry_after } 秒待ってから、もう一度お試しください。
http-unavailable = 現在ご利用いただけません。しばらくしてからもう一度お試しください。
http-bad-form = フォームを読み取れませんでした。
http-bad-host = 不正なリクエスト (400): このサイトはそのホスト名には応答しません。
http-cross-site = 禁止: このフォームは別のサイトから送信されました。
http-too-large-title = リクエストが大きすぎます
http-too-large-text = 送信されたフォームが、このサイトで受け付けられるサイズを超えています。前のページに戻って入力内容を短くし、もう一度お試しください。
http-starting = サービスを起動しています。数秒後にもう一度お試しください。

## JSON API problem details

problem-cross-site = このリクエストは別のサイトから送信されました。
problem-no-such-operation = そのような操作はありません。
problem-not-found = この操作はこのサイトでは利用できません。
problem-invalid-input = 入力内容にエラーがあります。
problem-rate-limited = 試行回数が多すぎます。
problem-login-required = ログインが必要です。
problem-registration-closed = 現在、登録を受け付けていません。
problem-already-logged-in = すでにログインしています。
problem-invalid-token = パスワードリセットのリンクが無効です。すでに使用された可能性があります。
problem-invalid-link = リンクが無効です。すでに使用されたか、有効期限が切れている可能性があります。
problem-unavailable = サーバー側で問題が発生しました。
problem-unavailable-detail = しばらくしてからもう一度お試しください。
problem-activation-key-invalid = この有効化キーは無効です。
problem-activation-key-expired = この有効化キーは期限切れです。
problem-activation-key-expired-detail = 有効化メールを再度リクエストしてください。
problem-already-activated = このアカウントはすでに有効化されています。
problem-unsupported-media-type = 本文は application/json 形式で送信してください。
problem-malformed-body = リクエスト本文を読み取れませんでした。

## Development mailbox

devmail-title = 開発用メールボックス
devmail-nav-label = 開発
devmail-nav-mailbox = メールボックス
devmail-nav-register = 新規登録
devmail-intro = このサーバーが送信した最新 { $capacity } 件のメールです（{ $setting }、開発専用）。新しい順に表示しています。
devmail-col-received = 受信日時
devmail-col-to = 宛先
devmail-col-subject = 件名
devmail-col-from = 差出人
devmail-empty = まだメールはありません。{ $register_link }してから、ここに戻って有効化メールを開いてください。
    .register-link = 新規登録
devmail-view-html = HTML 版を表示
devmail-back = メールボックスに戻る
devmail-no-such-mail = そのメールはありません（メールボックスには最新 { $capacity } 件まで保存されます）。
devmail-no-html-part = そのメールはないか、HTML パートがありません。

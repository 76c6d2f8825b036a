### Self-service pages (ja).

## Log in

login-email-label = メールアドレス
login-either-label = ユーザー名またはメールアドレス
login-remember-me = ログイン状態を保持する

## Profile

profile-pending-email = 確認待ち: { $address }（このアドレス宛てに送信したリンクを開いてください）
profile-change-email = メールアドレスを変更する
profile-delete-account = アカウントを削除する
profile-language-label = メールの言語
profile-language-submit = 保存
profile-sessions-title = ログイン中のセッション
profile-sessions-end-others = 他のすべてのセッションからログアウト
profile-session-this-device = （このデバイス）
profile-session-seen = { $ip } · 最終アクセス: { $time }
profile-session-end = ログアウト
profile-session-end-label = { $browser }（{ $ip }）からログアウト

## Email change

email-change-title = メールアドレスの変更
email-change-intro = 現在のメールアドレスは { $address } です。新しいアドレス宛てにリンクを送信します。リンクを開くまでは、アカウントのメールアドレスは現在のまま変わりません。
email-change-email-label = 新しいメールアドレス
current-password-label = パスワード
email-change-submit = リンクを送信する
email-change-back = アカウント情報に戻る
email-change-done-title = 新しいメールアドレスをご確認ください
email-change-done-text = 新しいメールアドレス宛てに確認用のリンクを送信しました。リンクを開くまでは、アカウントのメールアドレスは現在のまま変わりません。
email-change-done-hint = 届かない場合は、迷惑メールフォルダをご確認いただくか、もう一度お申し込みください。有効なのは最新のリンクだけです。
email-confirm-invalid-title = メールアドレスの変更に失敗しました
email-confirm-invalid-text = メールアドレスは変更されていません。リンクが無効でした。すでに使用されたか、より新しいリンクに置き換えられたか、有効期限が切れた可能性があります。
email-confirm-title = 新しいメールアドレスの確認
email-confirm-text = 今後、アカウントのメールアドレスは { $address } になります。
email-confirm-submit = このアドレスを使用する
email-change-complete-title = メールアドレスを変更しました
email-change-complete-text = アカウントのメールアドレスが新しいアドレスに変わりました。{ $profile_link }
    .profile-link = アカウント情報

## "This wasn't me" (the link in a security notice)

not-me-invalid-title = リンクが無効です
not-me-invalid-text = 何も変更されていません。リンクが無効でした。すでに使用されたか、より新しいリンクに置き換えられたか、有効期限が切れた可能性があります。
not-me-title = アカウントの保護
not-me-intro = お知らせした変更にお心当たりがない場合は、アカウント { $username } を保護してください。保護すると、次のようになります:
not-me-sessions = アカウントのすべてのセッションが、どこで使われていても終了します。
not-me-password = 現在のパスワードは使えなくなります。
not-me-address = アカウントのメールアドレスはお知らせの送信先のアドレスに戻り、新しいパスワードを設定するためのリンクがそのアドレスに送信されます。
not-me-submit = アカウントを保護する
not-me-done-title = アカウントを保護しました
not-me-done-text = アカウントのすべてのセッションを終了し、現在のパスワードを使えないようにしました。新しいパスワードを設定するためのリンクを、お知らせの送信先のメールアドレスに送信しました。

## Account deletion

delete-title = アカウントの削除
delete-warning = アカウント { $username } は直ちに完全に削除され、元に戻すことはできません。ユーザー名とメールアドレス（{ $address }）は再び使用できるようになり、削除を確認するメールが最後に送信されます。
delete-confirm-hint = 確認のため、パスワードを入力してください。
delete-submit = アカウントを削除する
delete-keep = アカウントを削除しない
delete-done-title = アカウントを削除しました
delete-done-text = アカウントを削除しました。{ $home_link }
    .home-link = ホームページに戻る

## Language picker

language-picker-label = 言語

## Field validation (Django's wording)

login-invalid-email = 正しいメールアドレスとパスワードを入力してください。どちらのフィールドも大文字と小文字は区別されます。
login-invalid-either = 正しいユーザー名またはメールアドレスとパスワードを入力してください。どちらのフィールドも大文字と小文字は区別されます。
password-wrong = パスワードが間違っています。もう一度入力してください。
error-invalid-choice = 正しく選択してください。{ $value } は候補にありません。
error-same-email = これは現在お使いのメールアドレスです。

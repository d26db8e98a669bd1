/**
 * GET /first-admin: shown instead of Payload's "create first user" screen when FIRST_USER_SCREEN=off (see
 * src/proxy.ts). Static text, no form: the first admin is created on the server with `pnpm cms:create-admin`.
 */
export function GET(): Response {
  const html = `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>Premier administrateur · Mist</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem}code{background:#eee;padding:.1rem .3rem}</style>
</head>
<body>
<main>
<h1>Création du premier administrateur</h1>
<p>Pour des raisons de sécurité, le premier compte administrateur ne se crée pas depuis le navigateur.
La personne qui gère le serveur le crée avec la commande&nbsp;:</p>
<p><code>pnpm cms:create-admin --email adresse@exemple.org</code></p>
<p>Revenez ensuite sur <a href="/admin/login">la page de connexion</a>.</p>
<h2 lang="en">Creating the first admin</h2>
<p lang="en">For security, the first admin account cannot be created from the browser. Whoever runs the server
creates it with the command above, then signs in at <a href="/admin/login">the login page</a>.</p>
</main>
</body>
</html>`
  return new Response(html, {
    status: 200,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-Robots-Tag': 'noindex, nofollow',
    },
  })
}

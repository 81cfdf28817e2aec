// A React app as Auth0's quick start writes it with @auth0/auth0-react.
import { Auth0Provider, useAuth0 } from '@auth0/auth0-react';
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';

function Profile() {
  const { isLoading, isAuthenticated, user, loginWithRedirect, getAccessTokenSilently, logout } =
    useAuth0();
  useEffect(() => {
    window.reactApp = {
      login: () => loginWithRedirect(),
      token: () =>
        getAccessTokenSilently({ cacheMode: 'off' }).catch((error) => ({ error: error.error })),
      logout: () => logout({ logoutParams: { returnTo: `${location.origin}/react.html` } }),
    };
  }, [loginWithRedirect, getAccessTokenSilently, logout]);
  if (isLoading) return <p>Loading…</p>;
  return (
    <main data-ready="true">
      {isAuthenticated ? (
        <p id="user">Signed in as {user.phone_number}</p>
      ) : (
        <p id="user">Signed out</p>
      )}
    </main>
  );
}

const { domain, clientId } = await (await fetch('/config.json')).json();
createRoot(document.getElementById('root')).render(
  <Auth0Provider
    domain={domain}
    clientId={clientId}
    authorizationParams={{ redirect_uri: `${location.origin}/react.html`, connection: 'sms' }}
  >
    <Profile />
  </Auth0Provider>,
);

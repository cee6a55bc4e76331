// The stylesheets of the page, linked in its <head> by the build: the tokens, then the light-DOM
// styles of the fields and components, so server markup is styled before scripts run.
import '@gouvkit/tokens/tokens.css';
import '@gouvkit/components/components.css';
import '@gouvkit/forms/forms.css';
import './app.css';

// The page's own script: shows what the form sends instead of sending it (a demo has no server).
// The fields need none of it: they validate, list their errors and take part in the form alone.
const form = document.querySelector('#inscription');
const result = document.querySelector('#resultat');

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const list = document.createElement('dl');
  list.dataset.submitted = '';
  for (const [name, value] of new FormData(form)) {
    // Untrusted text: set as text, never as markup.
    const term = Object.assign(document.createElement('dt'), { textContent: name });
    const detail = Object.assign(document.createElement('dd'), {
      textContent: typeof value === 'string' ? value : value.name,
    });
    list.append(term, detail);
  }
  result.querySelector('dl')?.remove();
  result.append(list);
  result.hidden = false;
  result.querySelector('gouv-alert').focus();
});

// htmx sends Spring Security's CSRF token with every non-GET request it makes.
document.addEventListener('htmx:configRequest', (event) => {
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// Editable row lists (calendar periods, holidays, …): add from a <template>, remove, and renumber the
// inputs' names (rows[0].field, rows[1].field, …) before the form is sent so the server binds them in order.
document.addEventListener('click', (event) => {
  const add = event.target.closest('[data-add-row]');
  if (add) {
    const name = add.dataset.addRow;
    const template = document.getElementById(name + '-template');
    document.querySelector('[data-rows="' + name + '"] tbody').appendChild(template.content.cloneNode(true));
  }
  const remove = event.target.closest('[data-remove-row]');
  if (remove) {
    remove.closest('[data-row]').remove();
  }
});
document.addEventListener('submit', (event) => {
  event.target.querySelectorAll('[data-rows]').forEach((table) => {
    const list = table.dataset.rows;
    table.querySelectorAll('tbody [data-row]').forEach((row, index) => {
      row.querySelectorAll('[name]').forEach((input) => {
        input.name = input.name.replace(new RegExp('^' + list + '\\[\\d*\\]'), list + '[' + index + ']');
        if (input.id && input.id.startsWith(list)) {
          input.id = input.name.replace(/[\[\].]/g, '');
        }
      });
    });
  });
});

// A form with data-confirm asks before it is sent (publishing, and other steps that cannot be taken back).
document.addEventListener('submit', (event) => {
  const form = event.target.closest('form[data-confirm]');
  if (form && !window.confirm(form.dataset.confirm)) {
    event.preventDefault();
    event.stopImmediatePropagation();
  }
}, true);

// An htmx answer that failed (a server error, no connection) must not leave the previous answer on screen:
// the target shows the message it carries in data-error instead.
['htmx:responseError', 'htmx:sendError'].forEach((name) => document.addEventListener(name, (event) => {
  const target = event.detail.target;
  if (target && target.dataset.error) {
    const alert = document.createElement('div');
    alert.className = 'alert alert-danger';
    alert.textContent = target.dataset.error;
    target.replaceChildren(alert);
  }
}));

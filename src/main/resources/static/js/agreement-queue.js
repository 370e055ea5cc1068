// The work queue's doughnut of agreements by status, drawn from the hidden list #status-data
// (a static file, not an inline script, so that the Content-Security-Policy can forbid inline scripts).
(() => {
  const canvas = document.getElementById('by-status');
  if (!canvas || typeof Chart === 'undefined') {
    return;
  }
  const items = [...document.querySelectorAll('#status-data li')];
  // one colour per status, whichever statuses are present (published green as on the badges)
  const colours = { DRAFT: '#6c757d', IN_REVIEW: '#ffc107', APPROVED: '#0d6efd', PUBLISHED: '#198754',
    SUPERSEDED: '#adb5bd', TERMINATED: '#dc3545' };
  new Chart(canvas, {
    type: 'doughnut',
    data: { labels: items.map(i => i.dataset.label), datasets: [{ data: items.map(i => Number(i.dataset.count)),
      backgroundColor: items.map(i => colours[i.dataset.status] || '#adb5bd') }] },
    options: { plugins: { legend: { position: 'bottom' } } }
  });
})();

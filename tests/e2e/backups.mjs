// Backup files for tests and reports: `n` own contacts in the app's backup
// format (`src/contacts/backup.rs`), every tenth with an appointment.
export function backupOf(n, prefix = 'own-import') {
  const contacts = Array.from({ length: n }, (_, i) => ({
    id: `${prefix}-${i}`,
    name: `Kontakt ${String(i).padStart(4, '0')}`,
    phones: ['02841 1'],
    street: 'Kastell 1',
    city: 'Moers',
    note: 'aus der Sicherung',
    appointments: i % 10 === 0 ? [{ id: `t${i}`, date: '2030-01-15', time: '10:00' }] : [],
    updated: '2026-11-30T10:00:00Z',
  }));
  return Buffer.from(JSON.stringify({ format: 'wegweiser-backup', format_version: 1, exported_at: '2026-11-30T10:00:00Z', contacts }));
}

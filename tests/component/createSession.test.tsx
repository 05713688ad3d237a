// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import CreateSessionForm from '../../client/views/home/CreateSessionForm';
import { builtInTemplate } from '../../shared/template/builtIn';

afterEach(cleanup);

function upload(json: string, name = 'template.json') {
  fireEvent.click(screen.getByRole('radio', { name: 'Eigen sjabloon (JSON-bestand)' }));
  const input = screen.getByLabelText('Sjabloonbestand kiezen');
  fireEvent.change(input, {
    target: { files: [new File([json], name, { type: 'application/json' })] },
  });
}

describe('creating a session from an uploaded template', () => {
  it('lists what is wrong with a damaged template and does not submit it', async () => {
    render(<CreateSessionForm />);
    const broken = {
      ...builtInTemplate('nl'),
      agenda: [{ id: 'x', kind: 'dance', title: '', description: '', durationMinutes: -1 }],
    };
    upload(JSON.stringify(broken));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Dit sjabloon klopt niet');
    expect(alert.textContent).toContain('agenda[0]');
    expect(screen.getByRole('button', { name: 'Sessie starten' }).hasAttribute('disabled')).toBe(
      true,
    );
  });

  it('accepts a valid template and takes over its language and title', async () => {
    render(<CreateSessionForm />);
    upload(JSON.stringify(builtInTemplate('en')));
    await waitFor(() =>
      expect(screen.getByLabelText<HTMLSelectElement>('Taal van de workshop').value).toBe('en'),
    );
    expect(screen.getByLabelText<HTMLInputElement>('Titel van de sessie').value).toBe(
      builtInTemplate('en').title,
    );
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('button', { name: 'Sessie starten' }).hasAttribute('disabled')).toBe(
      false,
    );
  });

  it('says so when the file is not JSON at all', async () => {
    render(<CreateSessionForm />);
    upload('{not json', 'notes.txt');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('notes.txt');
  });
});

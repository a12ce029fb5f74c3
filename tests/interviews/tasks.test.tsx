import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Candidate, Task } from '../../src/model/types';
import { buildI18nProvider } from '../../src/providers/i18nProvider';
import { call, DEMO, listQuery, login } from '../helpers/api';
import { renderPage } from '../helpers/renderAdmin';

/** Tasks the API wrote read in the reader's language, whatever the language of the company that has them. */
/** The first page of Acme's open tasks as its list asks for it, and one of them the API wrote, with its candidate. */
async function anApiTask(): Promise<{ task: Task; candidate: Candidate }> {
  const token = await login(DEMO.acme);
  const { body: tasks } = await call<Task[]>(
    'GET',
    `/api/tasks${listQuery({ filter: { done: false }, sort: ['dueAt', 'ASC'], range: [0, 9] })}`,
    undefined,
    token,
  );
  const task = tasks.find((t) => t.kind !== null) as Task;
  expect(task, 'a task the API wrote on the first page').toBeDefined();
  const { body: candidate } = await call<Candidate>(
    'GET',
    `/api/candidates/${task.candidateId}`,
    undefined,
    token,
  );
  return { task, candidate };
}

describe('tasks', () => {
  it('a task the API wrote for a French company reads in English in the English UI, and in French in the French one', async () => {
    const { task, candidate } = await anApiTask();
    const name = `${candidate.firstName} ${candidate.lastName}`;
    const words = async (locale: 'en' | 'fr') =>
      (await buildI18nProvider(locale)).translate(`resources.tasks.kinds.${task.kind}`, { name });
    const [english, french] = [await words('en'), await words('fr')];
    expect(task.title).toBe(french); // stored in the company's language

    const { unmount } = await renderPage('/tasks?perPage=10', { as: 'acme' });
    const toggle = await screen.findByRole('checkbox', { name: `Mark "${english}" as done` });
    expect(within(toggle.closest('tr') as HTMLElement).getByText(english)).toBeInTheDocument();
    expect(screen.queryByText(french)).toBeNull();
    unmount();

    await renderPage('/tasks?perPage=10', { as: 'acme', locale: 'fr' });
    expect(await screen.findByText(french)).toBeInTheDocument();
  });
});

import { useGetManyAggregate, useTranslate } from 'react-admin';
import type { Candidate, Task } from '../model/types';

/**
 * A task's title in the reader's language: the words of the person who wrote it, or, for a task the
 * API wrote (it has a kind), what it asks worded here with the candidate's name. The API stores its
 * own titles in the company's language, which is not always the reader's.
 */
export function useTaskTitle(task: Task): string {
  const translate = useTranslate();
  const candidateId = task.kind ? task.candidateId : null;
  // Batched with the other candidates the page shows (react-admin aggregates getMany calls).
  const { data } = useGetManyAggregate<Candidate>(
    'candidates',
    { ids: candidateId === null ? [] : [candidateId] },
    { enabled: candidateId !== null },
  );
  if (!task.kind) return task.title;
  const candidate = data?.[0];
  const name = candidate ? `${candidate.firstName} ${candidate.lastName}` : '…';
  return translate(`resources.tasks.kinds.${task.kind}`, { name });
}

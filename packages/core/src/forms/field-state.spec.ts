import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PENDING,
  PRISTINE,
  firstMessage,
  messageVisible,
  nextInteraction,
  type FieldEvent,
  type FieldInteraction,
  type MessageSources,
} from './field-state.js';

const run = (events: FieldEvent[], validateOn: 'blur' | 'submit' = 'blur'): FieldInteraction =>
  events.reduce((state, event) => nextInteraction(state, event, validateOn), PRISTINE);

describe('when a message shows', () => {
  it('never while the user types their first characters', () => {
    expect(run(['input', 'input', 'input']).shown).toBe(false);
  });

  it('after leaving a changed field (validate-on="blur"), not after leaving an untouched one', () => {
    expect(run(['leave']).shown).toBe(false);
    expect(run(['input', 'leave']).shown).toBe(true);
  });

  it('only after a submit attempt with validate-on="submit"', () => {
    expect(run(['input', 'leave', 'commit'], 'submit').shown).toBe(false);
    expect(run(['input', 'leave', 'submit'], 'submit').shown).toBe(true);
  });

  it('at once for a choice (nothing to type), in blur mode', () => {
    expect(run(['commit']).shown).toBe(true);
    expect(run(['commit'], 'submit').shown).toBe(false);
  });

  it('stays shown while the user fixes the value, until a reset', () => {
    expect(run(['input', 'leave', 'input', 'input']).shown).toBe(true);
    expect(run(['input', 'leave', 'reset'])).toEqual(PRISTINE);
  });

  it('whatever happens, a submit attempt shows it and a reset hides it', () => {
    const event = fc.constantFrom<FieldEvent>('input', 'commit', 'leave', 'submit', 'reset');
    fc.assert(
      fc.property(fc.array(event), fc.constantFrom('blur', 'submit' as const), (events, mode) => {
        expect(run([...events, 'submit'], mode).shown).toBe(true);
        expect(run([...events, 'reset'], mode)).toEqual(PRISTINE);
      }),
    );
  });

  it('is visible only with a message, once shown or when it stands', () => {
    const shown = run(['submit']);
    expect(messageVisible(shown, '', false)).toBe(false);
    expect(messageVisible(PRISTINE, 'Renseignez ce champ', false)).toBe(false);
    expect(messageVisible(PRISTINE, 'Identifiant déjà pris', true)).toBe(true);
    expect(messageVisible(shown, 'Renseignez ce champ', false)).toBe(true);
  });
});

describe('which message', () => {
  const sources = (over: Partial<Record<keyof MessageSources, unknown>>): MessageSources => ({
    standing: () => '',
    constraint: () => '',
    element: () => '',
    value: () => '',
    checks: () => [],
    ...(over as Partial<MessageSources>),
  });

  it('takes the server or application error first, then constraints, the element, the checks', () => {
    const all = {
      standing: () => 'serveur',
      constraint: () => 'contrainte',
      element: () => 'élément',
      value: () => 'x',
      checks: () => [() => 'validateur'],
    };
    expect(firstMessage(sources(all))).toBe('serveur');
    expect(firstMessage(sources({ ...all, standing: () => '' }))).toBe('contrainte');
    expect(firstMessage(sources({ ...all, standing: () => '', constraint: () => '' }))).toBe('élément');
    expect(
      firstMessage(sources({ ...all, standing: () => '', constraint: () => '', element: () => '' })),
    ).toBe('validateur');
  });

  it('runs the checks on a non-empty value only, in order, and stops at the first that fails', () => {
    let calls = 0;
    const counted = (message: string) => () => {
      calls++;
      return message;
    };
    expect(firstMessage(sources({ value: () => '  ', checks: () => [counted('x')] }))).toBe('');
    expect(calls).toBe(0);
    expect(
      firstMessage(sources({ value: () => 'a', checks: () => [counted(''), counted('b'), counted('c')] })),
    ).toBe('b');
    expect(calls).toBe(2);
  });

  it('is pending while a check cannot answer yet: never valid before it does', () => {
    expect(firstMessage(sources({ value: () => 'a', checks: () => [() => PENDING] }))).toBe(PENDING);
  });
});

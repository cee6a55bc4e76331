import {
  ChangeDetectionStrategy,
  Component,
  CUSTOM_ELEMENTS_SCHEMA,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, type AbstractControl } from '@angular/forms';
import { GouvValueAccessor } from '@gouvkit/angular';
import { Subject, map, merge, startWith } from 'rxjs';
import { CORSE, COUNTRIES, INTERESTS, REGIONS, type Choice } from './choices';

/** The model as JSON: a file shows as its name (a File has no JSON of its own). */
const toJson = (value: unknown) =>
  JSON.stringify(value, (_key, item: unknown) => (item instanceof File ? item.name : item), 2);

/** The errors of each invalid control, by name. */
const errorsOf = (controls: Record<string, AbstractControl>) =>
  Object.fromEntries(Object.entries(controls).flatMap(([name, c]) => (c.errors ? [[name, c.errors]] : [])));

@Component({
  selector: 'app-root',
  imports: [ReactiveFormsModule, GouvValueAccessor],
  // The gouv-* tags are custom elements: Angular sets their properties and listens to them.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  templateUrl: './app.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {
  readonly #injector = inject(Injector);
  private readonly alert = viewChild.required<ElementRef<HTMLElement>>('alert');

  protected readonly form = inject(NonNullableFormBuilder).group({
    nom: '',
    email: '',
    tel: '',
    enfants: '',
    message: '',
    region: '',
    cgu: false,
    nouvelles: false,
    interets: [[] as string[]],
    contact: '',
    adresseContact: '',
    satisfaction: '5',
    justificatif: [[] as File[]],
    naissance: '',
    rendezVous: '',
    pays: '',
  });

  protected readonly regions = signal<readonly Choice[]>(REGIONS);
  protected readonly interests = INTERESTS;
  protected readonly countries = COUNTRIES;
  protected readonly withCorse = computed(() => this.regions().includes(CORSE));

  /** The controls check their fields once bound, without an event: read them again after the first render. */
  readonly #rendered = new Subject<void>();
  readonly #changes = merge(this.form.valueChanges, this.form.statusChanges, this.#rendered).pipe(
    startWith(null),
  );
  protected readonly model = toSignal(this.#changes.pipe(map(() => toJson(this.form.value))), {
    requireSync: true,
  });
  protected readonly errors = toSignal(this.#changes.pipe(map(() => toJson(errorsOf(this.form.controls)))), {
    requireSync: true,
  });
  protected readonly disabled = signal(false);

  constructor() {
    afterNextRender(() => this.#rendered.next());
  }

  /** What the browser would have sent: set after a valid submit. */
  protected readonly submitted = signal<[string, string][] | null>(null);

  /** Runs only for a valid form: `ngNativeValidate` lets the browser stop an invalid one. */
  protected send(event: Event) {
    if (this.form.invalid) return;
    const data = new FormData(event.target as HTMLFormElement);
    this.submitted.set(
      [...data].map(([name, value]) => [name, typeof value === 'string' ? value : value.name]),
    );
    // The alert takes focus once shown, so the result is announced.
    afterNextRender(() => this.alert().nativeElement.focus(), { injector: this.#injector });
  }

  /** The model sets every field (but the file, which only the user can choose). */
  protected fillIn() {
    this.form.patchValue({
      nom: 'Martin',
      email: 'claude.martin@example.fr',
      tel: '01 23 45 67 89',
      enfants: '3',
      message: 'Plutôt\nle matin.',
      region: '11',
      cgu: true,
      nouvelles: true,
      interets: ['culture'],
      contact: 'telephone',
      satisfaction: '9',
      naissance: '1985-03-21',
      rendezVous: '2026-05-12',
      pays: 'CH',
    });
  }

  protected toggleDisabled() {
    if (this.form.disabled) this.form.enable();
    else this.form.disable();
    this.disabled.set(this.form.disabled);
  }

  protected toggleCorse() {
    if (!this.withCorse()) {
      this.regions.set([...REGIONS, CORSE]);
      return;
    }
    this.regions.set(REGIONS);
    // A choice no longer offered is no choice: the model says so too.
    if (this.form.controls.region.value === CORSE.value) this.form.controls.region.setValue('');
  }
}

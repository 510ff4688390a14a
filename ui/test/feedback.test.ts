import { describe, expect, it } from 'vitest';
import { ApiClient } from '../src/lib/api';
import { feedbackMessage, parseActual } from '../src/lib/feedback';
import { json, scriptedFetch } from './fixtures';

const id = 'c0ffee00c0ffee00c0ffee00c0ffee00';
const answered = async (status: number, body: unknown) =>
  feedbackMessage(await new ApiClient('', scriptedFetch([json(status, body)]).fetcher).feedback(id, 1));

describe('parseActual', () => {
  it('reads a number, with thousands separators and spaces', () => {
    expect(parseActual(' 312,000 ', 'price')).toEqual({ ok: true, value: 312000 });
    expect(parseActual('12.5', 'rings')).toEqual({ ok: true, value: 12.5 });
  });

  it('refuses empty and non-numeric text, naming the target', () => {
    expect(parseActual('  ', 'price')).toEqual({ ok: false, message: 'Enter the actual price.' });
    expect(parseActual('a lot', 'price')).toEqual({ ok: false, message: 'The actual price must be a number; got “a lot”.' });
  });
});

describe('feedbackMessage', () => {
  it('posts the id and the value, and says recorded on 201', async () => {
    const { fetcher, requests } = scriptedFetch([
      json(201, { prediction_id: id, actual: 312000, model_version: 'hp-1', status: 'recorded' }),
    ]);
    const message = feedbackMessage(await new ApiClient('', fetcher).feedback(id, 312000));
    expect(requests[0]?.url).toBe('/api/v1/feedback');
    expect(requests[0]?.body).toEqual({ prediction_id: id, actual: 312000 });
    expect(message).toEqual({ tone: 'done', text: 'Recorded: the actual value 312000 for model hp-1.' });
  });

  it('says already recorded on 200', async () => {
    const message = await answered(200, { prediction_id: id, actual: 5, model_version: 'v', status: 'already-recorded' });
    expect(message).toEqual({ tone: 'done', text: 'Already recorded: the actual value 5 was given before.' });
  });

  it.each([
    [404, 'No recorded prediction has id …', 'Not recorded (404): No recorded prediction has id …'],
    [409, 'Prediction … already has the actual value 1', 'Not changed (409): Prediction … already has the actual value 1'],
    [422, 'actual 5 is below the minimum 10000.', 'Not accepted: actual 5 is below the minimum 10000.'],
    [503, 'Recording is off', 'Feedback is not available: Recording is off'],
    [413, 'too big', 'Not accepted (413): too big'],
  ])('quotes the server on %i', async (status, detail, text) => {
    expect(await answered(status, { detail, errors: [] })).toEqual({ tone: 'problem', text });
  });
});

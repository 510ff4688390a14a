import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import PredictForm from '../../src/components/PredictForm.svelte';
import { ApiClient } from '../../src/lib/api';
import { json, modelInfo, scriptedFetch } from '../fixtures';

const id = '0123456789abcdef0123456789abcdef';
const prediction = {
  prediction: 312345.6,
  interval: { lower: 282469.1, upper: 342222.1, coverage: 0.9 },
  prediction_id: id,
  model_version: 'house-prices-83a4aa653ee8',
  unit: 'USD',
};

async function predicted(answers: (Response | Error)[]) {
  const scripted = scriptedFetch([json(200, prediction), ...answers]);
  render(PredictForm, { model: modelInfo(), client: new ApiClient('', scripted.fetcher) });
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('sqft'), '1800');
  await user.type(screen.getByLabelText('bedrooms'), '3');
  await user.type(screen.getByLabelText('bathrooms'), '2');
  await user.selectOptions(screen.getByLabelText('location'), 'Suburb');
  await user.selectOptions(screen.getByLabelText('condition'), 'Good');
  await user.type(screen.getByLabelText('year_built'), '1995');
  await user.click(screen.getByRole('button', { name: 'Predict' }));
  const form = await screen.findByRole('form', { name: 'What was the actual value?' });
  return { user, form, requests: scripted.requests };
}

describe("the result panel's feedback", () => {
  it('posts the actual value for this prediction and says it was recorded', async () => {
    const answer = { prediction_id: id, actual: 305000, model_version: prediction.model_version, status: 'recorded' };
    const { user, form, requests } = await predicted([json(201, answer)]);
    await user.type(within(form).getByLabelText('Actual price'), '305,000');
    await user.click(within(form).getByRole('button', { name: 'Record actual value' }));
    expect((await within(form).findByRole('status')).textContent.trim()).toBe(
      'Recorded: the actual value 305000 for model house-prices-83a4aa653ee8.',
    );
    expect(requests[1]?.url).toBe('/api/v1/feedback');
    expect(requests[1]?.body).toEqual({ prediction_id: id, actual: 305000 });
  });

  it('checks the text before sending anything', async () => {
    const { user, form, requests } = await predicted([]);
    await user.type(within(form).getByLabelText('Actual price'), 'unknown');
    await user.click(within(form).getByRole('button', { name: 'Record actual value' }));
    expect(within(form).getByRole('alert').textContent).toBe('The actual price must be a number; got “unknown”.');
    expect(within(form).getByLabelText('Actual price').getAttribute('aria-invalid')).toBe('true');
    expect(requests).toHaveLength(1);
  });

  it("shows the server's refusal as it was worded", async () => {
    const detail = `Prediction ${id} already has the actual value 300000; 305000 differs. Feedback is accepted once per prediction.`;
    const { user, form } = await predicted([json(409, { detail, errors: [] })]);
    await user.type(within(form).getByLabelText('Actual price'), '305000');
    await user.click(within(form).getByRole('button', { name: 'Record actual value' }));
    expect((await within(form).findByRole('alert')).textContent.trim()).toBe(`Not changed (409): ${detail}`);
  });
});

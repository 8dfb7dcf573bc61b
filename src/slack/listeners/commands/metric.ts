import { METRIC_NAME_MAX } from '../../../domain/metric.js';
import { fold } from '../../../domain/text.js';
import { messages } from '../../../i18n/index.js';
import { metricNamed } from '../../../services/metrics.js';
import { escapeMrkdwn } from '../../../views/escape.js';
import { ephemeral, withStrategy } from '../../command-request.js';
import { archiveMetricReply, listMetricsReply, openMetricModal, postMetricChart } from '../../metrics.js';

/** `metric add | list | edit <name> | archive <name> | chart <name>`; no verb lists. */
export const metric = withStrategy(
  async (deps, req, strategy) => {
    const m = messages(req.language);
    const first = req.rest.split(/\s+/, 1)[0] ?? '';
    const verb = fold(first);
    const name = req.rest
      .slice(first.length)
      .trim()
      .replace(/^["“](.*)["”]$/, '$1');
    if (verb === 'add') return openMetricModal(deps, req, strategy);
    if (verb === '' || verb === 'list') return listMetricsReply(deps, req, strategy);
    if (!['edit', 'archive', 'chart'].includes(verb) || !name) return ephemeral(req, m.metrics.usage);
    if (name.length > METRIC_NAME_MAX) return ephemeral(req, m.input.metricNameTooLong(METRIC_NAME_MAX));
    const found = await metricNamed(deps, strategy, name);
    if (found.kind === 'missing') {
      const text = [
        m.metrics.notFound(escapeMrkdwn(name)),
        found.suggestion && m.metrics.didYouMean(escapeMrkdwn(found.suggestion)),
      ];
      return ephemeral(req, text.filter(Boolean).join(' '));
    }
    if (verb === 'edit') return openMetricModal(deps, req, strategy, found.metric);
    if (verb === 'archive') return archiveMetricReply(deps, req, strategy, found.metric);
    return postMetricChart(deps, req, strategy, found.metric);
  },
  { reads: (req) => ['', 'list', 'chart'].includes(fold(req.rest.split(/\s+/, 1)[0] ?? '')) },
);

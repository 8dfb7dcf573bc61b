import { withStrategy } from '../../command-request.js';
import { openCheckinModal } from '../../metrics.js';

export const checkin = withStrategy(openCheckinModal);

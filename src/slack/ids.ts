// Every callback_id, action_id and block_id the app uses. Listeners, views and tests import
// them from here, so a renamed id cannot leave a listener deaf.

export const COMMAND = '/smstrategy';

export const ACTIONS = {
  helpStart: 'help_start',
  helpStatus: 'help_status',
  helpShow: 'help_show',
} as const;

export const VIEWS = {} as const;

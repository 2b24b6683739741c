import { wordSet } from '../../extract/word-set.ts';

export const DEPLOY_VERBS =
  wordSet(`deploy deploys deployed deploying deployment deployments send sends sent sending dispatch
  dispatches dispatched dispatching order orders ordered approve approves approved approving authorise authorises
  authorised authorize authorizes authorized commit commits committed arrive arrives arrived arriving arrival reach
  reaches reached go goes move moves moving contribute contributes contributed contributing provide provides
  land landed landing invaded entered employment redeployed cleared clears rushed rushes rushing airlifted
  station stationing`);

/** Deployment verbs whose place follows "in"/"at" rather than "to" (arrival, presence). */
export const ARRIVAL_VERBS =
  wordSet(`arrive arrives arrived arriving arrival land landed landing deployed deployment employment
  deploy deploying station stationing`);

/** Verbs that take the destination as direct object ("units reach Slovakia", "invaded Czechoslovakia"). */
export const DIRECT_OBJECT_DEPLOY = wordSet(`reach reaches reached invaded entered`);

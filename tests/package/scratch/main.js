import 'activation-explorer/element';

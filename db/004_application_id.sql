-- The file says it is a Class Spec Compare library: "CSPC" as the application id in its header. A file is
-- known as a library by this (a library made before it, by its tables), never by its user_version alone.
PRAGMA application_id = 1129533507;
